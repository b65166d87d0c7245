/**
 * Arrears owed to SMEs by government bodies and large state-owned enterprises (沪企服办〔2023〕1号 第二十一条):
 * {@link io.github.huiqi.core.procurement.arrears.ArrearsMeasure}, and a profile's claims
 * ({@link io.github.huiqi.core.procurement.arrears.ArrearsClaim}).
 */
package io.github.huiqi.core.procurement.arrears;
