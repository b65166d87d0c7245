/**
 * A share of a base amount (按比例支持): a rate of a base the enterprise supplies (a contract amount, an approved
 * investment, the prior-year R&amp;D input, a base entitlement), exact or "up to", with an optional ceiling and an
 * optional threshold on the base ({@link io.github.huiqi.core.grants.share.ShareMeasure}). Shanghai's 四上 高新技术企业
 * reward, its 高新技术成果转化 uplift, its technical-renovation support and its digital-service contract support are
 * instances of this one kind.
 */
package io.github.huiqi.core.grants.share;
