/**
 * Technical-renovation (技术改造) support under 小升规方案 第十条: the grant
 * ({@link io.github.huiqi.core.financing.renovation.RenovationGrantMeasure}) and the loan and lease interest subsidy
 * ({@link io.github.huiqi.core.financing.renovation.RenovationInterestMeasure}), which stack; and a profile's
 * projects ({@link io.github.huiqi.core.financing.renovation.RenovationProject}).
 */
package io.github.huiqi.core.financing.renovation;
