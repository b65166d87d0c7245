package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A QA audit of the built-in packs' citations against the five seed texts, read by hand: for each parameter stated
 * in a seed, the document and article it cites, the seed's own words that carry its figure (which the citation's
 * quote must hold), the value those words give and its validity; for each measure, the clause and the responsible
 * departments (责任单位) as the seed names them; every citation names a seed, an external instrument by its number or
 * title, or a register item; and every reference to the decisions register, in the packs and in the Javadoc,
 * resolves to an item (for a pack's defaults, one that says what the parameter takes from it).
 * <p>
 * The tables are written from the seeds, not copied from the packs. Articles follow the catalogue's labels, one per
 * seed numbering: 深工信〔2023〕26号's "5." is 第5条; the Shanghai notice's, the 小升规 plan's and the 专精特新 draft's
 * "（十五）" is 第十五条; the 2021 reply letter's sections "一、" to "三、" are 一, 二, 三. The seed words are compared
 * with the quote with white space removed (the seeds print "最高 50 万元" and "最高50万元" alike).
 */
class PackCitationsAuditTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  private static final Map<String, String> DOCUMENTS = Map.of(
      "sz-gxj-2023-26", "深工信〔2023〕26号",
      "sh-qfb-2023-1", "沪企服办〔2023〕1号",
      "sz-gxj-2022-small-to-scale", "深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)",
      "sz-gxj-2021-reply-20210370", "市工业和信息化局关于对市政协七届一次会议第20210370号提案答复意见的函",
      "sz-gxj-zjtx-32-draft", "深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿)");

  /**
   * Each parameter: "== pack" opens a pack; then pointer | article | the seed's words | value | validity. An article
   * "EXT document 条" cites an external instrument, "LIB §x.y item n" a register item (no seed words then, "-").
   */
  private static final String PARAMETERS = """
      == sz-gxj-2023-26
      /measures/0/firstLoanWindow | 第5条 | 对2023年1-3月从深圳辖内商业银行首次获得贷款 \
      | {"start":"2023-01-01","end":"2023-03-31"} | 2023-01-01..2023-12-31
      /measures/0/region | 第5条 | 从深圳辖内商业银行首次获得贷款 \
      | {"level":"CITY","code":"440300","name":"深圳市"} | 2023-01-01..2023-12-31
      /measures/0/annualSubsidyRate | 第5条 | 给予2%的贴息补助 | "2%" | 2023-01-01..2023-12-31
      /measures/0/maximumSubsidyMonths | 第5条 | 贴息期限不超过6个月 | 6 | 2023-01-01..2023-12-31
      /measures/0/capPerEnterprise | 第5条 | 单户企业贴息金额最高20万元 | {"amount":200000,"currency":"CNY"} \
      | 2023-01-01..2023-12-31
      /measures/1/standardLevyRate | 第1条 | 适用3%征收率 | "3%" | 2019-01-01..2027-12-31
      /measures/1/regimes/0/levy | EXT 《中华人民共和国增值税暂行条例》 第十二条 | 小规模纳税人增值税征收率为3% \
      | {"exempt":false,"rate":"3%"} | 2019-01-01..2020-02-29
      /measures/1/regimes/5/monthlyExemptionThreshold | 第1条 | 2023年对月销售额10万元以下的增值税小规模纳税人免征增值税 \
      | {"amount":100000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/1/regimes/5/levy | 第1条 | 应税销售收入减按1%征收率征收 | {"exempt":false,"rate":"1%"} \
      | 2023-01-01..2023-12-31
      /measures/2/upliftWindows/1 | 第5条 | 2023年1月1日至3月31日新增贷款（展期视同新增）的风险损失补偿比例提高30个百分点 \
      | {"grantWindow":{"start":"2023-01-01","end":"2023-03-31"},"uplift":"30%"} | 2023-01-01..
      /measures/2/ceiling | 第5条 | 补偿比例最高为80% | "80%" | 2022-03-01..
      /measures/3/dueWindow | 第7条 | 2022年第四季度到期 | {"start":"2022-10-01","end":"2022-12-31"} \
      | 2023-01-01..2023-06-30
      /measures/3/latestDeferredDate | 第7条 | 最长可延至2023年6月30日 | "2023-06-30" | 2023-01-01..2023-06-30
      /measures/4/policyPeriod | 第6条 | 2023年，政府性融资担保机构 | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/4/eligibleBorrowerSizes | 第6条 | 针对小微企业 | ["SMALL","MICRO"] | 2023-01-01..2023-12-31
      /measures/4/maximumReduction | 第6条 | 担保费率最高减免40% | "40%" | 2023-01-01..2023-12-31
      /measures/4/feeRateCeiling | 第6条 | 且不高于1% | "1%" | 2023-01-01..2023-12-31
      /measures/5/rates/2/upperSliceRate | 第1条 | 超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率 \
      | "5%" | 2022-01-01..2024-12-31
      /measures/5/rates/3/upperSliceRate | 第1条 | 超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率 \
      | "5%" | 2022-01-01..2024-12-31
      /measures/6/rates/4/expensedExtraRate | 第1条 | 自2022年1月1日起科技型中小企业 | "100%" | 2022-01-01..
      /measures/6/rates/4/intangibleBaseRate | 第1条 | 按照无形资产成本的200%在税前摊销 | "200%" | 2022-01-01..
      /measures/7/upliftWindow | 第13条 | 2023年期间产生的利息 | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/7/upliftPoints | 第13条 | 贴息支持比例提高30个百分点 | "30%" | 2023-01-01..2023-12-31
      /measures/7/ceiling | 第13条 | 最高可按照实际支付利息的80% | "80%" | 2023-01-01..2023-12-31
      /measures/8/tiers/0/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/8/tiers/0/amount | 第16条 | 最高给予30万元奖励 \
      | {"bound":"UP_TO","value":{"amount":300000,"currency":"CNY"}} | 2023-01-01..2023-12-31
      /measures/8/consequences/0/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/8/consequences/1/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/9/tiers/0/trigger/window | 第17条 | 每年对其助力中小企业上云上平台的任务完成情况 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/9/tiers/0/amount | 第17条 | 分别给予不超过1000万元的资助 \
      | {"bound":"UP_TO","value":{"amount":10000000,"currency":"CNY"}} | 2023-01-01..2023-12-31
      /measures/9/tiers/0/repeat | 第17条 | 每年对其助力 | "ONCE_A_YEAR" | 2023-01-01..2023-12-31
      /measures/10/repaymentDeadline | 第2条 | 在2023年12月31日前采取分期或逐月等方式对缓缴的社会保险费予以补缴 \
      | "2023-12-31" | 2023-01-01..2023-12-31
      /measures/10/eligibleKinds | 第2条 | 企业职工基本养老保险费、失业保险费、工伤保险费 \
      | ["PENSION","UNEMPLOYMENT","WORK_INJURY"] | 2023-01-01..2023-12-31
      /measures/11/averageRentCeiling | 第3条 | 平均租金价格不高于35元/月/平方米 | {"amount":35,"currency":"CNY"} \
      | 2023-01-01..2023-12-31
      /measures/12/applicationDeadline | 第2条 | 申请期限至2023年6月30日 | "2023-06-30" | 2023-01-01..2023-06-30
      /measures/12/maximumMonths | 第2条 | 期限不超过12个月 | 12 | 2023-01-01..2023-06-30
      /measures/13/minimumShare | 第9条 | 预留份额阶段性提高至40%以上的政策延续到2023年底 | "40%" | 2023-01-01..2023-12-31
      /measures/14/period | 第2条 | 在2023年第一季度实行水、电、气“欠费不停供” \
      | {"start":"2023-01-01","end":"2023-03-31"} | 2023-01-01..2023-03-31
      == sh-qfb-2023-1
      /measures/0/policyPeriod | 第十五条 | 落实2023年国家小微企业融资担保降费奖补政策 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/0/averageFeeCeiling | 第十五条 | 平均担保费率保持1%（含）以下 | "1%" | 2023-01-01..2023-12-31
      /measures/1/firstLoanWindow | 第十五条 | 对2022年第四季度通过市中小微企业政策性融资担保基金管理中心担保 \
      | {"start":"2022-10-01","end":"2022-12-31"} | 2022-10-01..2023-12-31
      /measures/1/lenderRegion | 第十五条 | 从上海辖内商业银行首次获得普惠贷款 \
      | {"level":"PROVINCIAL","code":"310000","name":"上海市"} | 2022-10-01..2023-12-31
      /measures/1/guarantor | 第十五条 | 通过市中小微企业政策性融资担保基金管理中心担保 \
      | "上海市中小微企业政策性融资担保基金管理中心" | 2022-10-01..2023-12-31
      /measures/1/eligibleBorrowerSizes | 第十五条 | 中小微企业 | ["MEDIUM","SMALL","MICRO"] | 2022-10-01..2023-12-31
      /measures/1/annualSubsidyRate | 第十五条 | 给予2%的贴息补助 | "2%" | 2022-10-01..2023-12-31
      /measures/1/capPerEnterprise | 第十五条 | 单户企业贴息金额最高20万元 | {"amount":200000,"currency":"CNY"} \
      | 2022-10-01..2023-12-31
      /measures/2/tiers/0/trigger/window | 第一条 | 对新认定专精特新中小企业 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/2/tiers/0/amount | 第一条 | 给予不低于10万元奖励 \
      | {"bound":"AT_LEAST","value":{"amount":100000,"currency":"CNY"}} | 2023-01-01..2023-12-31
      /measures/2/tiers/1/trigger/window | 第一条 | 对新认定专精特新“小巨人”企业 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/2/tiers/1/amount | 第一条 | 给予不低于30万元奖励 \
      | {"bound":"AT_LEAST","value":{"amount":300000,"currency":"CNY"}} | 2023-01-01..2023-12-31
      /measures/3/trigger/window | 第二条 | 对首次成为“四上”企业的有效期内高新技术企业 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/3/rate | 第二条 | 上一年度研发投入5% | "5%" | 2023-01-01..2023-12-31
      /measures/3/bound | 第二条 | 研发投入5%、最高50万元的一次性奖励 | "EXACTLY" | 2023-01-01..2023-12-31
      /measures/3/cap | 第二条 | 最高50万元 | {"amount":500000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/3/oneOff | 第二条 | 一次性奖励 | true | 2023-01-01..2023-12-31
      /measures/4/trigger/window | 第三条 | 对符合条件的科技型中小企业可在原高新技术成果转化认定政策扶持金额基础上加计30% \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/4/rate | 第三条 | 扶持金额基础上加计30% | "30%" | 2023-01-01..2023-12-31
      /measures/4/bound | 第三条 | 加计30% | "EXACTLY" | 2023-01-01..2023-12-31
      /measures/5/trigger/window | 第五条 | 由项目总投资2000万元以上调整为1000万元以上 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/5/rate | 第五条 | 支持金额不超过核定总投资的10% | "10%" | 2023-01-01..2023-12-31
      /measures/5/bound | 第五条 | 不超过核定总投资的10% | "UP_TO" | 2023-01-01..2023-12-31
      /measures/5/minimumBase | 第五条 | 调整为1000万元以上 | {"amount":10000000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/6/tiers/0/trigger/window | 第六条 | 支持中小企业绿色化升级 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/6/tiers/0/amount | 第六条 | 最高支持1000万元 \
      | {"bound":"UP_TO","value":{"amount":10000000,"currency":"CNY"}} | 2023-01-01..2023-12-31
      /measures/7/trigger/window | 第八条 | 对中小企业与数字化服务商签订的服务合同 \
      | {"start":"2023-01-01","end":"2023-12-31"} | 2023-01-01..2023-12-31
      /measures/7/rate | 第八条 | 不超过合同金额30% | "30%" | 2023-01-01..2023-12-31
      /measures/7/bound | 第八条 | 给予不超过合同金额30%的支持 | "UP_TO" | 2023-01-01..2023-12-31
      /measures/8/hireWindow | 第十九条 | 自2023年1月1日至12月31日期间 | {"start":"2023-01-01","end":"2023-12-31"} \
      | 2023-01-01..2023-12-31
      /measures/8/minimumUnemployedMonths | 第十九条 | 登记失业3个月及以上人员 | 3 | 2023-01-01..2023-12-31
      /measures/8/graduationYear | 第十九条 | 本市2023届高校毕业生 | 2023 | 2023-01-01..2023-12-31
      /measures/8/minimumContractYears | 第十九条 | 签订1年及以上劳动合同 | 1 | 2023-01-01..2023-12-31
      /measures/8/amountPerHire | 第十九条 | 按照2000元/人的标准 | {"amount":2000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/9/repaymentDeadline | 第二十条 | 在2023年12月31日前采取分期或逐月等方式补缴缓缴社会保险费 | "2023-12-31" \
      | 2023-01-01..2023-12-31
      /measures/10/minimumShare | 第十一条 | 预留份额阶段性提高至40%以上的政策延续到2023年底 | "40%" \
      | 2023-01-01..2023-12-31
      /measures/11/fullClearanceLimit | 第二十一条 | 50万元以下无分歧账款清偿率100% \
      | {"amount":500000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/11/coveredDebtors | 第二十一条 | 机关、事业单位、大型国企逾期未支付中小微企业账款 \
      | ["GOVERNMENT_AGENCY","PUBLIC_INSTITUTION","LARGE_STATE_ENTERPRISE"] | 2023-01-01..2023-12-31
      /measures/12/standardLevyRate | 第二十二条 | 适用3%征收率 | "3%" | 2019-01-01..2027-12-31
      /measures/12/regimes/0/levy | EXT 《中华人民共和国增值税暂行条例》 第十二条 | 小规模纳税人增值税征收率为3% \
      | {"exempt":false,"rate":"3%"} | 2019-01-01..2020-02-29
      /measures/12/regimes/5/monthlyExemptionThreshold | 第二十二条 | 2023年对月销售额10万元以下的增值税小规模纳税人免征增值税 \
      | {"amount":100000,"currency":"CNY"} | 2023-01-01..2023-12-31
      /measures/12/regimes/5/levy | 第二十二条 | 应税销售收入减按1%征收率征收 | {"exempt":false,"rate":"1%"} \
      | 2023-01-01..2023-12-31
      /measures/13/rates/3/lowerSliceRate | 第二十二条 | 自2023年至2024年，符合条件的小型微利企业年应纳税所得额，减按25%计入应纳税所得额 \
      | "5%" | 2023-01-01..2024-12-31
      /measures/13/rates/3/upperSliceRate | 第二十二条 | 自2023年至2024年，符合条件的小型微利企业年应纳税所得额，减按25%计入应纳税所得额 \
      | "5%" | 2023-01-01..2024-12-31
      /measures/14/rates/4/expensedExtraRate | 第二十二条 | 再按照100%在税前加计扣除 | "100%" | 2022-01-01..
      /measures/14/rates/4/intangibleBaseRate | 第二十二条 | 按照无形资产成本的200%在税前摊销 | "200%" | 2022-01-01..
      == sz-gxj-2022-small-to-scale
      /measures/0/subsidyRatio | 第十条 | 按实际支付利息的50% | "50%" | 2022-08-03..2024-12-31
      /measures/0/capPerProject | 第十条 | 给予最高500万元的贴息资助 | {"amount":5000000,"currency":"CNY"} \
      | 2022-08-03..2024-12-31
      /measures/1/capPerProject | 第十条 | 资助上限为5000万元 | {"amount":50000000,"currency":"CNY"} | 2022-08-03..2024-12-31
      /measures/3/minimumRevenue | 第四条 | 上一年度营业收入1000至2000万元的小微工业企业 \
      | {"amount":10000000,"currency":"CNY"} | 2022-08-03..2024-12-31
      /measures/4/maximumReward | 第四条 | 给予最高20万元奖励 | {"amount":200000,"currency":"CNY"} | 2022-08-03..2024-12-31
      == sz-gxj-2021-reply-20210370
      /measures/0/eligibleBorrowerSizes | 二 | 主要对小型微型企业通过融资性担保机构获得银行贷款的担保费给予补贴 \
      | ["SMALL","MICRO"] | 2016-01-01..
      /measures/1/tiers/0/trigger/window | 一 | （深府规〔2021〕1号）提出 | {"start":"2021-01-01","end":"2025-12-31"} \
      | 2021-01-01..2025-12-31
      /measures/1/tiers/0/amount | 一 | 给予最高50万元奖励 \
      | {"bound":"UP_TO","value":{"amount":500000,"currency":"CNY"}} | 2021-01-01..2025-12-31
      /measures/1/tiers/1/trigger/window | 一 | 对省专精特新企业 | {"start":"2021-01-01","end":"2025-12-31"} \
      | 2021-01-01..2025-12-31
      /measures/1/tiers/1/amount | 一 | 给予最高20万元奖励 \
      | {"bound":"UP_TO","value":{"amount":200000,"currency":"CNY"}} | 2021-01-01..2025-12-31
      /measures/2/tiers/0/trigger/window | 三 | 《深圳市中小企业公共服务示范平台认定管理办法》 | {"start":"2021-10-20"} \
      | 2021-10-20..
      /measures/2/tiers/0/amount | 三 | 奖励标准为最高50万元 \
      | {"bound":"UP_TO","value":{"amount":500000,"currency":"CNY"}} | 2021-10-20..
      /measures/3/minimumDiscount | 一 | 租金价格原则上应比参考价格优惠30%－70% | "30%" | 2021-02-01..
      /measures/3/maximumDiscount | 一 | 租金价格原则上应比参考价格优惠30%－70% | "70%" | 2021-02-01..
      /measures/4/ratePerSquareMetre | 一 | 按实际面积给予20元/m2的补贴 | {"amount":20,"currency":"CNY"} | 2021-10-20..
      /measures/5/share | 一 | 不超过上一年度场地租金支出50% | "50%" | 2021-10-20..
      /measures/5/capPerYear | 一 | 每年最高20万元 | {"amount":200000,"currency":"CNY"} | 2021-10-20..
      /measures/5/consecutiveYears | 一 | 连续三年 | 3 | 2021-10-20..
      == sz-gxj-zjtx-32-draft
      /measures/0/capRatio | 第五条 | 担保费率不高于国家当期银行贷款基准利率的二分之一 | "50%" | 2019-08-20..
      /measures/1/tiers/0/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01"} | 2023-01-01..
      /measures/1/tiers/0/amount | 第九条 | 最高给予30万元奖励 \
      | {"bound":"UP_TO","value":{"amount":300000,"currency":"CNY"}} | 2023-01-01..
      /measures/1/consequences/0/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01"} | 2023-01-01..
      /measures/1/consequences/1/trigger/window | LIB §4.6 item 98 | - | {"start":"2023-01-01"} | 2023-01-01..
      /measures/2/requiredQualification | 第五条 | 为符合要求的专精特新企业不良贷款进行风险补偿 \
      | "SPECIALISED_AND_INNOVATIVE" | 2023-01-01..
      /measures/3/requiredQualification | 第五条 | 对专精特新企业实施各类研发、技术改造项目实际发生的银行贷款利息 \
      | "SPECIALISED_AND_INNOVATIVE" | 2023-01-01..
      /measures/4/trigger/window | 第十二条 | 纳入名录内的机构对专精特新企业开展的 | {"start":"2023-01-01"} | 2023-01-01..
      /measures/4/chargedShare | 第十二条 | 按50%比例收取服务费用 | "50%" | 2023-01-01..
      /measures/5/minimumAnnualOutput | 第二十九条 | 对年产值达3亿以上 | {"amount":300000000,"currency":"CNY"} \
      | 2023-01-01..
      /measures/5/minimumLeaseYears | 第二十九条 | 租用国有产业用房3年以上 | 3 | 2023-01-01..
      /measures/6/capPerTraineeSession | 第十四条 | 给予每人每次最高2万元补贴 | {"amount":20000,"currency":"CNY"} \
      | 2023-01-01..
      """;

  /**
   * Each measure of a seed: its id | the article of its clause | the 责任单位 the seed names for it, as it prints them
   * ("、" between; "-" where the seed names none). The Shanghai notice names the departments in parentheses at each
   * measure's end without the words 责任单位; the reply letter has no 责任单位 clause and names the body that runs each
   * programme, or none.
   */
  private static final String MEASURES = """
      sz-gxj-2023-26.first-loan-interest-subsidy | 第5条 | 市中小企业服务局、市地方金融监管局、人民银行深圳市中心支行、深圳银保监局
      sz-gxj-2023-26.small-scale-vat | 第1条 | 深圳市税务局
      sz-gxj-2023-26.risk-compensation-pool | 第5条 | 市工业和信息化局、市财政局
      sz-gxj-2023-26.loan-deferral | 第7条 | 人民银行深圳市中心支行、深圳银保监局
      sz-gxj-2023-26.guarantee-fee-reduction | 第6条 | 市地方金融监管局、市国资委、市财政局
      sz-gxj-2023-26.small-low-profit-enterprise | 第1条 | 深圳市税务局
      sz-gxj-2023-26.rd-super-deduction | 第1条 | 深圳市税务局
      sz-gxj-2023-26.tech-sme-interest-subsidy | 第13条 | 市科技创新委
      sz-gxj-2023-26.maker-china-award | 第16条 | 市中小企业服务局
      sz-gxj-2023-26.digital-platform-subsidy | 第17条 | 市中小企业服务局
      sz-gxj-2023-26.insurance-late-fee-waiver | 第2条 | 市人力资源保障局、深圳市税务局
      sz-gxj-2023-26.high-rise-average-rent | 第3条 | 市发展改革委、市工业和信息化局、各区
      sz-gxj-2023-26.housing-fund-deferral | 第2条 | 市住房城乡建设局
      sz-gxj-2023-26.sme-procurement-reservation | 第9条 | 市财政局、各区
      sz-gxj-2023-26.utility-arrears-relief | 第2条 | 深圳供电局、市燃气集团、市环水集团
      sh-qfb-2023-1.average-guarantee-fee-ceiling | 第十五条 | 市经济信息化委、市财政局
      sh-qfb-2023-1.first-loan-interest-subsidy | 第十五条 | 市经济信息化委、市财政局
      sh-qfb-2023-1.specialised-recognition-award | 第一条 | 市经济信息化委、各区政府
      sh-qfb-2023-1.four-above-high-tech-reward | 第二条 | 市经济信息化委、市科委、市财政局、各区政府
      sh-qfb-2023-1.achievement-transfer-uplift | 第三条 | 市科委、市经济信息化委
      sh-qfb-2023-1.technical-renovation-support | 第五条 | 市经济信息化委、各区政府、重点产业园区管委会
      sh-qfb-2023-1.green-upgrade-support | 第六条 | 市经济信息化委
      sh-qfb-2023-1.digital-service-contract-support | 第八条 | 市经济信息化委
      sh-qfb-2023-1.hiring-subsidy | 第十九条 | 市人力资源社会保障局、市教委、市财政局
      sh-qfb-2023-1.insurance-late-fee-waiver | 第二十条 | 市人力资源社会保障局、市医保局、市税务局
      sh-qfb-2023-1.sme-procurement-reservation | 第十一条 | 市经济信息化委、市商务委、市财政局、市发展改革委、各区政府
      sh-qfb-2023-1.arrears-clearance | 第二十一条 | 市经济信息化委、市国资委、市财政局、市发展改革委、各区政府
      sh-qfb-2023-1.small-scale-vat | 第二十二条 | 市税务局
      sh-qfb-2023-1.small-low-profit-enterprise | 第二十二条 | 市税务局
      sh-qfb-2023-1.rd-super-deduction | 第二十二条 | 市税务局
      sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy | 第十条 | 市工业和信息化局、市中小企业服务局
      sz-gxj-2022-small-to-scale.technical-renovation-grant | 第十条 | 市工业和信息化局、市中小企业服务局
      sz-gxj-2022-small-to-scale.guarantee-fee-subsidy | 第十四条 | 市地方金融局、人民银行深圳市中心支行、市中小企业服务局
      sz-gxj-2022-small-to-scale.cultivation-pool | 第四条 | 市中小企业服务局、市税务局、各区(新区、深汕特别合作区)
      sz-gxj-2022-small-to-scale.small-to-scale-reward | 第四条 | 市中小企业服务局、市税务局、各区(新区、深汕特别合作区)
      sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy | 二 | 市中小企业服务局
      sz-gxj-2021-reply-20210370.specialised-award | 一 | -
      sz-gxj-2021-reply-20210370.demonstration-platform-award | 三 | -
      sz-gxj-2021-reply-20210370.innovation-space-rent | 一 | 市科技创新委
      sz-gxj-2021-reply-20210370.guangming-rent-subsidy | 一 | 光明区
      sz-gxj-2021-reply-20210370.longgang-rent-subsidy | 一 | 龙岗区
      sz-gxj-zjtx-32-draft.guarantee-fee-cap | 第五条 | 市国资委、市财政局、市工业和信息化局、市发展改革委、市科技创新委
      sz-gxj-zjtx-32-draft.maker-china-award | 第九条 | 市工业和信息化局、市中小企业服务局
      sz-gxj-zjtx-32-draft.pool-compensation | 第五条 | 市国资委、市财政局、市工业和信息化局、市发展改革委、市科技创新委
      sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy | 第五条 \
      | 市国资委、市财政局、市工业和信息化局、市发展改革委、市科技创新委
      sz-gxj-zjtx-32-draft.platform-service-fee | 第十二条 \
      | 市工业和信息化局、市中小企业服务局、市发展改革委、市科技创新委、市市场监管局、深圳海关
      sz-gxj-zjtx-32-draft.state-owned-space-purchase | 第二十九条 \
      | 市住房建设局、市发展改革委、市规划和自然资源局、市工业和信息化局、市国资委、市中小企业服务局、各区政府
      sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy | 第十四条 | 市中小企业服务局
      """;

  /**
   * Each register item a pack's documented default cites, with words its heading must hold: the item exists and
   * says what the parameter takes from it (read against each parameter's note).
   */
  private static final Map<String, String> REGISTER_ITEMS = Map.ofEntries(
      Map.entry("§1.2 card 000-2a", "late days of deferred social-insurance contributions"),
      Map.entry("§1.2 card 000-2c", "housing-fund deferral"),
      Map.entry("§1.2 card 000-2d", "utility late fees"),
      Map.entry("§1.3 item 001-14", "小升规 guarantee-fee support"),
      Map.entry("§1.3 card 001-4a", "cultivation pool's band"),
      Map.entry("§1.4 item 002-h", "demonstration platform's one-off award"),
      Map.entry("§1.5 item 003-3", "30% uplift"),
      Map.entry("§1.5 item 003-5", "renovation support"),
      Map.entry("§1.5 item 003-8", "digital-service support"),
      Map.entry("§1.6 item 004-5b", "draft's pool support"),
      Map.entry("§1.6 item 004-5c", "draft's interest support"),
      Map.entry("§1.6 card 004-29", "state-owned space"),
      Map.entry("§4.1 item 1", "day basis"),
      Map.entry("§4.1 item 7", "straddling the window"),
      Map.entry("§4.2 item 11", "base ratio of each loan category"),
      Map.entry("§4.2 item 12", "loss the pool compensates"),
      Map.entry("§4.2 item 13", "recoveries after compensation"),
      Map.entry("§4.3 item 19", "re-guarantee fee reduction"),
      Map.entry("§4.3 item 20", "国家当期银行贷款基准利率"),
      Map.entry("§4.3 item 21", "fee period basis"),
      Map.entry("§4.3 item 22", "average fee is weighted"),
      Map.entry("§4.4 item 25", "the highest or the sum"),
      Map.entry("§4.4 item 26", "renovation grant's tier and base"),
      Map.entry("§4.4 item 28", "光明区's 20 元/m²"),
      Map.entry("§4.5 item 30", "negative income-tax prepayment"),
      Map.entry("§4.5 item 32", "special VAT invoices"),
      Map.entry("§4.5 item 35", "Rounding"),
      Map.entry("§4.6 item 51", "fee charged at a share"),
      Map.entry("§4.6 item 98", "award whose clause sets none"));

  /** A register mention: a section, optionally a card or item (or several items). */
  private static final Pattern MENTION = Pattern.compile(
      "(RFC \\d+ )?§(\\d+\\.\\d+)(?:\\s+(card|items?)\\s+([0-9a-z]+(?:-[0-9a-z]+)?"
          + "(?:(?:,\\s*|\\s+and\\s+|[–-])[0-9]+[a-z]?)*))?");

  //-------------------------------------------------------------------------
  @Test
  void test_eachParameter_citesTheSeedsArticleAndQuotesItsFigure() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Row row : parameterRows()) {
      JsonNode parameter = pack(row.pack()).at(row.pointer());
      String where = row.pack() + row.pointer();
      if (parameter.isMissingNode()) {
        failures.add(where + ": missing");
        continue;
      }
      JsonNode citation = parameter.path("citation");
      if (row.article().startsWith("LIB ")) {
        check(failures, where, "provenance", "LIBRARY_DEFAULT", citation.path("provenance").asText());
        String reference = "decisions register " + citation.path("article").asText().replace("decisions register ", "")
            + (citation.has("item") ? " item " + citation.path("item").asText() : "");
        check(failures, where, "register item", "decisions register " + row.article().substring(4), reference);
      } else if (row.article().startsWith("EXT ")) {
        String[] instrument = row.article().substring(4).split(" ");
        check(failures, where, "provenance", "EXTERNAL_INSTRUMENT", citation.path("provenance").asText());
        check(failures, where, "document", instrument[0], citation.path("document").asText());
        check(failures, where, "article", instrument[1], citation.path("article").asText());
      } else {
        check(failures, where, "provenance", "SOURCE_TEXT", citation.path("provenance").asText());
        check(failures, where, "document", DOCUMENTS.get(row.pack()), citation.path("document").asText());
        check(failures, where, "article", row.article(), citation.path("article").asText());
      }
      if (!row.seedWords().equals("-")) {
        String quote = squeeze(citation.path("quote").asText());
        if (!quote.contains(squeeze(row.seedWords()))) {
          failures.add(where + ": quote \"" + citation.path("quote").asText() + "\" lacks the seed's \""
              + row.seedWords() + "\"");
        }
      }
      check(failures, where, "value", row.value(), parameter.path("value").toString());
      JsonNode validity = parameter.path("validity");
      check(failures, where, "validity", row.validity(),
          validity.path("start").asText() + ".." + validity.path("end").asText(""));
      checked++;
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isEqualTo(114);
  }

  @Test
  void test_everySourceTextParameter_isAudited() {
    // a parameter added to a pack citing a seed must be read against the seed and added to the table above
    Set<String> inPacks = new TreeSet<>();
    for (String pack : DOCUMENTS.keySet()) {
      collectSourceTextParameters(pack, pack(pack), "", inPacks);
    }
    Set<String> audited = new TreeSet<>();
    for (Row row : parameterRows()) {
      if (!row.article().startsWith("LIB ") && !row.article().startsWith("EXT ")) {
        audited.add(row.pack() + row.pointer());
      }
    }
    assertThat(inPacks).isEqualTo(audited);
  }

  @Test
  void test_everyCitation_namesASeedOrANamedInstrument() {
    // a source text is one of the five seeds, or the 300号 standard's own listing (MeasureListingTest: a listing quotes
    // its measure's own document); anything else (the standard's bands, the LPR and tax instruments) is an external
    // instrument named by its number or its title, or one of the programmes below, named and dated in the article
    // where no number was found
    Set<String> unnumbered = Set.of(
        "全国银行间同业拆借中心 贷款市场报价利率(LPR)公告",
        "中国人民银行 金融机构人民币贷款基准利率调整 (2015)",
        "中国银保监会 普惠型小微企业贷款口径",
        "中华人民共和国社会保险法",
        "深圳市小型微型企业银行贷款担保费资助 申请指南（2017年，适用于2016年贷款）",
        "深圳市“小升规”工业企业奖励项目申报指南",
        "深圳市惠企纾困“30条”（2022）");
    Pattern named = Pattern.compile("《[^》]+》|〔\\d{4}〕\\d+号|公告\\d{4}年第\\d+号|公告〔\\d{4}〕第\\d+号");
    List<JsonNode> citations = new ArrayList<>();
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      collectCitations(pack(resource.replace(".json", "")), citations);
    }
    assertThat(citations).hasSizeGreaterThan(500);
    for (JsonNode citation : citations) {
      String document = citation.path("document").asText();
      switch (citation.path("provenance").asText()) {
        case "SOURCE_TEXT" -> assertThat(document).as(citation.toString())
            .isIn(Stream.concat(DOCUMENTS.values().stream(), Stream.of("工信部联企业〔2011〕300号")).toList());
        case "EXTERNAL_INSTRUMENT" -> {
          assertThat(DOCUMENTS.values()).as(citation.toString()).doesNotContain(document);
          assertThat(named.matcher(document).find() || unnumbered.contains(document)).as(document).isTrue();
        }
        default -> assertThat(citation.path("provenance").asText()).as(citation.toString())
            .isEqualTo("LIBRARY_DEFAULT");
      }
    }
  }

  @Test
  void test_eachMeasure_clauseAndResponsibleDepartments() {
    Map<String, String[]> expected = new LinkedHashMap<>();
    for (String line : MEASURES.replace("\\\n", "").strip().split("\n")) {
      String[] cells = line.split("\\s*\\|\\s*");
      expected.put(cells[0].strip(), cells);
    }
    Map<String, String> seen = new TreeMap<>();
    for (String pack : DOCUMENTS.keySet()) {
      JsonNode root = pack(pack);
      for (JsonNode measure : root.path("measures")) {
        String id = measure.path("id").asText();
        String[] cells = expected.get(id);
        assertThat(cells).as("a measure of %s not audited: %s", pack, id).isNotNull();
        assertThat(measure.path("clause").path("document").asText()).as(id).isEqualTo(pack);
        assertThat(measure.path("clause").path("article").asText()).as(id).isEqualTo(cells[1]);
        seen.put(id, "measure");
      }
      for (JsonNode listing : root.path("listings")) {
        String id = listing.path("measure").asText();
        String[] cells = expected.get(id);
        List<String> departments = new ArrayList<>();
        listing.path("responsibleDepartments").forEach(d -> departments.add(d.path("zh").asText()));
        List<String> named = cells[2].equals("-") ? List.of() : List.of(cells[2].split("、(?![^(]*\\))"));
        assertThat(departments).as(id).isEqualTo(named);
        JsonNode citation = listing.path("citation");
        assertThat(citation.path("document").asText()).as(id).isEqualTo(DOCUMENTS.get(pack));
        assertThat(citation.path("article").asText()).as(id).isEqualTo(cells[1]);
        for (String department : named) {
          // the department is quoted from the seed's words at the article, as the seed prints it
          assertThat(citation.path("quote").asText()).as(id).contains(department);
        }
        seen.merge(id, "listing", (a, b) -> a + "+" + b);
      }
    }
    assertThat(seen.keySet()).isEqualTo(expected.keySet());
    assertThat(seen.values()).containsOnly("measure+listing");
  }

  @Test
  void test_documentStatus_asTheSeedsShowThem() {
    // 深工信〔2023〕26号 and 沪企服办〔2023〕1号 are issued notices, the 小升规 plan a notice of 2022-08-03 (时限 2022-2024,
    // each parameter's validity); the reply letter reports instruments it does not enact; the 专精特新 text is 征求意见稿
    assertThat(pack("sz-gxj-2023-26").at("/document/status").asText()).isEqualTo("IN_FORCE");
    assertThat(pack("sh-qfb-2023-1").at("/document/status").asText()).isEqualTo("IN_FORCE");
    assertThat(pack("sh-qfb-2023-1").at("/document/issued").asText()).isEqualTo("2023-05-17");
    assertThat(pack("sz-gxj-2022-small-to-scale").at("/document/status").asText()).isEqualTo("IN_FORCE");
    assertThat(pack("sz-gxj-2022-small-to-scale").at("/document/issued").asText()).isEqualTo("2022-08-03");
    assertThat(pack("sz-gxj-2021-reply-20210370").at("/document/status").asText()).isEqualTo("INFORMATIONAL");
    assertThat(pack("sz-gxj-2021-reply-20210370").at("/document/issued").asText()).isEqualTo("2021-10-20");
    assertThat(pack("sz-gxj-zjtx-32-draft").at("/document/status").asText()).isEqualTo("DRAFT");
    for (String pack : DOCUMENTS.keySet()) {
      JsonNode root = pack(pack);
      String status = root.at("/document/status").asText();
      root.path("measures").forEach(m -> assertThat(m.path("documentStatus").asText()).as(pack).isEqualTo(status));
    }
  }

  @Test
  void test_everyDocumentedDefault_citesARegisterItemThatSaysIt() {
    Map<String, String> headings = headings();
    Set<String> used = new TreeSet<>();
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      collectDefaults(pack(resource.replace(".json", "")), used);
    }
    assertThat(used).isEqualTo(new TreeSet<>(REGISTER_ITEMS.keySet()));
    for (String reference : used) {
      assertThat(headings).as(reference).containsKey(reference);
      assertThat(headings.get(reference)).as(reference).contains(REGISTER_ITEMS.get(reference));
    }
  }

  @Test
  void test_everyRegisterMention_inThePacksAndTheJavadoc_resolves() throws IOException {
    // "§4.6 item 98", "§4.6 items 49 and 50", "§4.6 items 49-50", "§1.2 card 000-2a", "§2.4": each names a heading
    Map<String, String> headings = headings();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path file : mainSources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*?\\s*", " ");
      Matcher m = MENTION.matcher(text);
      while (m.find()) {
        if (m.group(1) != null) {
          continue;   // a section of an RFC, not of the register
        }
        for (String reference : references(m.group(2), m.group(3), m.group(4))) {
          checked++;
          boolean found = m.group(3) == null
              ? headings.keySet().stream().anyMatch(h -> h.equals(reference) || h.startsWith(reference + " "))
              : headings.containsKey(reference);
          if (!found) {
            missing.add(reference + " in " + file.getFileName());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThan(500);
  }

  //-------------------------------------------------------------------------
  private record Row(String pack, String pointer, String article, String seedWords, String value, String validity) {
  }

  private static List<Row> parameterRows() {
    List<Row> rows = new ArrayList<>();
    String pack = null;
    for (String line : PARAMETERS.replace("\\\n", "").strip().split("\n")) {
      line = line.strip();
      if (line.startsWith("== ")) {
        pack = line.substring(3);
        continue;
      }
      String[] cells = line.split("\\s*\\|\\s*");
      assertThat(cells).as(line).hasSize(5);
      rows.add(new Row(pack, cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return rows;
  }

  private static void check(List<String> failures, String where, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      failures.add(where + ": " + what + " expected " + expected + " but was " + actual);
    }
  }

  /** Removes white space, which the seeds place around figures unevenly. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static void collectSourceTextParameters(String pack, JsonNode node, String pointer, Set<String> into) {
    if (node.isObject() && node.has("value") && node.has("citation")
        && "SOURCE_TEXT".equals(node.path("citation").path("provenance").asText()) && !pointer.contains("/listings/")) {
      into.add(pack + pointer);
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collectSourceTextParameters(pack, e.getValue(), pointer + "/" + e.getKey(),
          into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectSourceTextParameters(pack, node.get(i), pointer + "/" + i, into);
      }
    }
  }

  private static void collectCitations(JsonNode node, List<JsonNode> into) {
    if (node.isObject() && node.has("provenance") && node.has("document")) {
      into.add(node);
    }
    node.forEach(child -> collectCitations(child, into));
  }

  private static void collectDefaults(JsonNode node, Set<String> into) {
    if (node.isObject() && "LIBRARY_DEFAULT".equals(node.path("provenance").asText())) {
      assertThat(node.path("document").asText()).isEqualTo("huiqi");
      String article = node.path("article").asText();
      assertThat(article).startsWith("decisions register §");
      into.add(article.substring("decisions register ".length())
          + (node.has("item") ? " item " + node.path("item").asText() : ""));
    }
    node.forEach(child -> collectDefaults(child, into));
  }

  /** The headings a mention names: "items 49 and 50" and "items 49-50" name two; "card 000-2a" one. */
  private static List<String> references(String section, String kind, String numbers) {
    if (kind == null) {
      return List.of("§" + section);
    }
    String singular = kind.equals("items") ? "item" : kind;
    List<String> references = new ArrayList<>();
    for (String number : numbers.split(",\\s*|\\s+and\\s+|–")) {
      if (kind.equals("items") && number.matches("[1-9][0-9]*-[0-9]+")) {
        for (String end : number.split("-")) {
          references.add("§" + section + " " + singular + " " + end);
        }
      } else {
        references.add("§" + section + " " + singular + " " + number);
      }
    }
    return references;
  }

  /** The register's headings: the reference before " — ", mapped to the whole heading. */
  private static Map<String, String> headings() {
    try (InputStream in = Citation.class.getResourceAsStream("decisions-register.md")) {
      assertThat(in).as("the register ships in huiqi-core").isNotNull();
      Map<String, String> headings = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("## ")) {
          int dash = line.indexOf(" — ");
          headings.put(line.substring(3, dash < 0 ? line.length() : dash), line.substring(3));
        }
      }
      return headings;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The main code of core (and of the other modules where the build has them) and core's resources. */
  private static List<Path> mainSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"),
        Path.of("../calculators/src/main/java"), Path.of("../examples/src/main/java"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".json")
            || p.toString().endsWith(".md")).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    return files;
  }

  private static final Map<String, JsonNode> PACKS = new java.util.concurrent.ConcurrentHashMap<>();

  private static JsonNode pack(String id) {
    return PACKS.computeIfAbsent(id, name -> {
      try (InputStream in = PackCitationsAuditTest.class.getResourceAsStream("packs/" + name + ".json")) {
        assertThat(in).as(name).isNotNull();
        return TREE.readTree(in);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }
}
