/**
 * The subsidy to organisers of 专精特新 entrepreneur training (深圳 专精特新 32 measures, draft, 第十四条):
 * {@link io.github.huiqi.core.employment.training.TrainingMeasure}, and a profile's sessions
 * ({@link io.github.huiqi.core.employment.training.TrainingSession}).
 */
package io.github.huiqi.core.employment.training;
