/**
 * Rent measures of the 2021 reply letter (第20210370号提案答复): the policy rent of 创新型产业用房
 * ({@link io.github.huiqi.core.space.rent.RentPolicyMeasure}), 光明区's subsidy per square metre
 * ({@link io.github.huiqi.core.space.rent.RentAreaMeasure}) and 龙岗区's share of the prior year's rent
 * ({@link io.github.huiqi.core.space.rent.RentShareMeasure}); and a profile's leases
 * ({@link io.github.huiqi.core.space.rent.RentLease}), which the other space measures read too.
 */
package io.github.huiqi.core.space.rent;
