/**
 * The right of a 专精特新 firm to buy the state-owned industrial space it leases (深圳 专精特新 32 measures, draft,
 * 第二十九条): {@link io.github.huiqi.core.space.purchase.PurchaseMeasure}, and a profile's yearly industrial output
 * ({@link io.github.huiqi.core.space.purchase.PurchaseOutput}).
 */
package io.github.huiqi.core.space.purchase;
