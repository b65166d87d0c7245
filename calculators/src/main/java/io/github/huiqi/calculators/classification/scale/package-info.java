/**
 * The "四上" test of a unit in a year ({@link io.github.huiqi.calculators.classification.scale.ScaleClassifier}, on
 * a code too coarse to name one category trying each it may fall in) and the Shenzhen 小升规 measures (three-year
 * plan 2022-2024 第四条): membership of the cultivation pool
 * ({@link io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator}) and the reward for a first entry
 * into the 规模以上工业 database ({@link io.github.huiqi.calculators.classification.scale.ScaleUpRewardCalculator}),
 * each with its request, result and evaluator.
 */
package io.github.huiqi.calculators.classification.scale;
