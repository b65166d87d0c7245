package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of one partition's policy-sandbox report, as Spark carries it (a Java bean, for {@code Encoders.bean}):
 * every figure of a {@link SandboxReport} is a count or a sum, so the partitions' lines add up, by table and key, to
 * the report of the whole population.
 * <p>
 * The properties: {@code table} ({@code firms}, {@code measure}, {@code failed}, {@code size} or {@code district}),
 * {@code key} (the measure id, size class or district code), {@code position} (the line's place in its partition's
 * list), {@code kind} (a measure's {@code AmountKind} name), and the figures {@code firms}, {@code gainers},
 * {@code losers}, {@code eligibleBefore}, {@code eligibleAfter} and, in fen, {@code certainBeforeFen},
 * {@code certainAfterFen}, {@code inReachBeforeFen}, {@code inReachAfterFen}, {@code changeFen} (a group's change in
 * cost in reach),
 * {@code setAsideBefore} and {@code setAsideAfter} (a measure's firms whose outcome a stacking rule set aside),
 * {@code failedFirms} (on the {@code firms} line, the firms with a failure under either engine), and
 * {@code failedBefore} and {@code failedAfter}: on the {@code firms} line, the firms that are not a profile under the
 * baseline and under the change; on a {@code failed} line, keyed by a measure id, the firms whose evaluation of that
 * measure failed, whether or not the partition's report lists the measure. A measure's failed count is not additive
 * as the report gives it (a firm that is not a profile fails every measure reported over the whole population, and a
 * partition whose firms all failed a measure does not report it), so the partition gives these two parts instead,
 * which add up, and {@link SparkSandboxJob} makes each measure's count from them as {@code SandboxTally} does.
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class SparkSandboxPart implements Serializable {

  private static final long serialVersionUID = 1L;

  private String table;
  private String key;
  private int position;
  private String kind;
  private long firms;
  private long gainers;
  private long losers;
  private long eligibleBefore;
  private long eligibleAfter;
  private long certainBeforeFen;
  private long certainAfterFen;
  private long inReachBeforeFen;
  private long inReachAfterFen;
  private long changeFen;
  private long setAsideBefore;
  private long setAsideAfter;
  private long failedFirms;
  private long failedBefore;
  private long failedAfter;

  /** Creates an empty line, for Spark. */
  public SparkSandboxPart() {
  }

  /**
   * Returns the lines of one partition's report, with its failures' parts: the firms that are not a profile under
   * each engine, and each measure's own failures under each engine.
   *
   * @param report  the partition's report
   * @param notProfiles  the partition's firms that are not a profile under the baseline and under the change
   * @param failures  per measure id, the partition's firms whose evaluation of it failed under the baseline and under
   *     the change
   * @return its lines
   */
  public static List<SparkSandboxPart> of(SandboxReport report, long[] notProfiles, Map<String, long[]> failures) {
    List<SparkSandboxPart> lines = new ArrayList<>();
    SparkSandboxPart firms = line("firms", "all", 0);
    firms.firms = report.firms();
    firms.failedFirms = report.failedFirms();
    firms.failedBefore = notProfiles[0];
    firms.failedAfter = notProfiles[1];
    lines.add(firms);
    int position = 0;
    for (Map.Entry<String, long[]> failure : failures.entrySet()) {
      SparkSandboxPart line = line("failed", failure.getKey(), position++);
      line.failedBefore = failure.getValue()[0];
      line.failedAfter = failure.getValue()[1];
      lines.add(line);
    }
    List<SandboxMeasureDelta> measures = report.measures();
    for (int i = 0; i < measures.size(); i++) {
      SandboxMeasureDelta m = measures.get(i);
      SparkSandboxPart line = line("measure", m.measure().value(), i);
      line.kind = m.kind().name();
      line.gainers = m.gainers();
      line.losers = m.losers();
      line.eligibleBefore = m.eligibleBefore();
      line.eligibleAfter = m.eligibleAfter();
      line.certainBeforeFen = SparkFen.of(m.certainBefore());
      line.certainAfterFen = SparkFen.of(m.certainAfter());
      line.inReachBeforeFen = SparkFen.of(m.inReachBefore());
      line.inReachAfterFen = SparkFen.of(m.inReachAfter());
      line.setAsideBefore = m.setAsideBefore();
      line.setAsideAfter = m.setAsideAfter();
      lines.add(line);
    }
    groups("size", report.bySize(), lines);
    groups("district", report.byDistrict(), lines);
    return lines;
  }

  private static void groups(String table, List<SandboxGroupDelta> groups, List<SparkSandboxPart> lines) {
    for (int i = 0; i < groups.size(); i++) {
      SandboxGroupDelta g = groups.get(i);
      SparkSandboxPart line = line(table, g.group(), i);
      line.firms = g.firms();
      line.gainers = g.gainers();
      line.losers = g.losers();
      line.changeFen = SparkFen.of(g.inReachChange());
      lines.add(line);
    }
  }

  private static SparkSandboxPart line(String table, String key, int position) {
    SparkSandboxPart line = new SparkSandboxPart();
    line.table = table;
    line.key = key;
    line.position = position;
    line.kind = "";
    return line;
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public long getFirms() {
    return firms;
  }

  public void setFirms(long firms) {
    this.firms = firms;
  }

  public long getGainers() {
    return gainers;
  }

  public void setGainers(long gainers) {
    this.gainers = gainers;
  }

  public long getLosers() {
    return losers;
  }

  public void setLosers(long losers) {
    this.losers = losers;
  }

  public long getEligibleBefore() {
    return eligibleBefore;
  }

  public void setEligibleBefore(long eligibleBefore) {
    this.eligibleBefore = eligibleBefore;
  }

  public long getEligibleAfter() {
    return eligibleAfter;
  }

  public void setEligibleAfter(long eligibleAfter) {
    this.eligibleAfter = eligibleAfter;
  }

  public long getCertainBeforeFen() {
    return certainBeforeFen;
  }

  public void setCertainBeforeFen(long certainBeforeFen) {
    this.certainBeforeFen = certainBeforeFen;
  }

  public long getCertainAfterFen() {
    return certainAfterFen;
  }

  public void setCertainAfterFen(long certainAfterFen) {
    this.certainAfterFen = certainAfterFen;
  }

  public long getInReachBeforeFen() {
    return inReachBeforeFen;
  }

  public void setInReachBeforeFen(long inReachBeforeFen) {
    this.inReachBeforeFen = inReachBeforeFen;
  }

  public long getInReachAfterFen() {
    return inReachAfterFen;
  }

  public void setInReachAfterFen(long inReachAfterFen) {
    this.inReachAfterFen = inReachAfterFen;
  }

  public long getChangeFen() {
    return changeFen;
  }

  public void setChangeFen(long changeFen) {
    this.changeFen = changeFen;
  }

  public long getSetAsideBefore() {
    return setAsideBefore;
  }

  public void setSetAsideBefore(long setAsideBefore) {
    this.setAsideBefore = setAsideBefore;
  }

  public long getSetAsideAfter() {
    return setAsideAfter;
  }

  public void setSetAsideAfter(long setAsideAfter) {
    this.setAsideAfter = setAsideAfter;
  }

  public long getFailedFirms() {
    return failedFirms;
  }

  public void setFailedFirms(long failedFirms) {
    this.failedFirms = failedFirms;
  }

  public long getFailedBefore() {
    return failedBefore;
  }

  public void setFailedBefore(long failedBefore) {
    this.failedBefore = failedBefore;
  }

  public long getFailedAfter() {
    return failedAfter;
  }

  public void setFailedAfter(long failedAfter) {
    this.failedAfter = failedAfter;
  }
}
