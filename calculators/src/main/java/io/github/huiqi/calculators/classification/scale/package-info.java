/**
 * The Shenzhen 小升规 measures (three-year plan 2022-2024 第四条): membership of the cultivation pool
 * ({@link io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator}) and the reward for a first entry
 * into the 规模以上工业 database ({@link io.github.huiqi.calculators.classification.scale.ScaleUpRewardCalculator}),
 * each with its request, result and evaluator.
 */
package io.github.huiqi.calculators.classification.scale;
