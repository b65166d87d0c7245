package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile's figures for the size classifier, for one year: the request when the industry code and the year are
 * known, else the profile pointers of what is missing ({@code /industryCode}, {@code /years}).
 *
 * @param request  the request, empty when the industry code or the year is not known
 * @param missing  the profile pointers of the facts that keep the request from being built
 * @param yearPointer  the year's pointer, such as {@code /years/0}; empty when the year is not in the profile
 * @param year  the year read
 * @param groups  the groups a code too coarse to name one may fall in ({@link SizeIndustry#mayBeIn}, decisions
 *     register §4.6 item 137), the request then carrying the figures only; empty when the code names one group
 */
record SizeProfileFigures(Optional<SizeRequest> request, List<String> missing, Optional<String> yearPointer,
    int year, List<SizeIndustry> groups) {

  /**
   * The code a request built for a coarse code carries in its place: any code of one group, never read, since
   * {@link SizeClassifier#evaluateAcross} takes the groups and the profile's code apart.
   */
  private static final String FIGURES_ONLY = "A";

  /**
   * Reads a profile's figures for a year.
   *
   * @throws InvalidInputException naming {@code /industryCode}, the profile's JSON Pointer, if the code is outside the
   *     standard (a well-formed code of no division: the size measure's failure, decisions register §4.6 item 41)
   */
  static SizeProfileFigures read(EnterpriseProfile profile, int year) {
    try {
      return readFigures(profile, year);
    } catch (InvalidInputException ex) {
      // the request's field, industryCode, is the profile's /industryCode: a failure names the profile's pointer
      throw "industryCode".equals(ex.field()) ? ex.at("") : ex;
    }
  }

  private static SizeProfileFigures readFigures(EnterpriseProfile profile, int year) {
    List<String> missing = new ArrayList<>(2);
    if (profile.industryCode().isEmpty()) {
      missing.add("/industryCode");
    }
    int index = profile.yearIndex(year);
    if (index < 0) {
      missing.add("/years");
    }
    List<SizeIndustry> groups = SizeIndustry.mayBeIn(profile.industryCode().orElse(null));
    String code = groups.isEmpty() ? profile.industryCode().orElse(null) : FIGURES_ONLY;
    if (!missing.isEmpty()) {
      if (!groups.isEmpty()) {
        // without the figures, the groups may yet disagree: the code stays a fact that may decide, as before
        missing.add(0, "/industryCode");
      }
      if (code != null) {
        SizeRequest.builder().industryCode(code).build();
      }
      return new SizeProfileFigures(Optional.empty(), List.copyOf(missing),
          index < 0 ? Optional.empty() : Optional.of("/years/" + index), year, groups);
    }
    EnterpriseYear figures = profile.years().orElseThrow().get(index);
    SizeRequest request = SizeRequest.builder().industryCode(code)
        .employees(figures.employees()).revenue(figures.revenue()).totalAssets(figures.totalAssets()).build();
    return new SizeProfileFigures(Optional.of(request), List.of(), Optional.of("/years/" + index), year, groups);
  }

  /**
   * Classifies the request: under its code's one group, or under every group a coarse code may fall in.
   *
   * @throws java.util.NoSuchElementException if there is no request
   */
  SizeClassifier.Evaluation classify(SizeStandard standard, EnterpriseProfile profile, boolean explain) {
    SizeRequest figures = request.orElseThrow();
    return groups.isEmpty() ? SizeClassifier.DEFAULT.evaluate(standard, figures, explain)
        : SizeClassifier.DEFAULT.evaluateAcross(standard, profile.industryCode().orElseThrow(), groups, figures,
            explain);
  }

  /** The evaluation's missing facts as profile pointers: {@code /industryCode} first when the industry is open. */
  List<String> missingOf(SizeClassifier.Evaluation evaluation) {
    List<String> pointers = new ArrayList<>(toProfile(evaluation.missingFacts()));
    if (evaluation.industryMissing()) {
      pointers.add(0, "/industryCode");
    }
    return List.copyOf(pointers);
  }

  /** Maps the classifier's missing figures ({@code /employees}) to the profile's ({@code /years/0/employees}). */
  List<String> toProfile(List<String> requestPointers) {
    List<String> pointers = new ArrayList<>(requestPointers.size());
    for (String pointer : requestPointers) {
      pointers.add(yearPointer.orElse("/years") + pointer);
    }
    return pointers;
  }
}
