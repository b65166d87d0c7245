package io.github.huiqi.calculators.classification.size;

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
 */
record SizeProfileFigures(Optional<SizeRequest> request, List<String> missing, Optional<String> yearPointer,
    int year) {

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
    if (!missing.isEmpty()) {
      if (profile.industryCode().isPresent()) {
        SizeRequest.builder().industryCode(profile.industryCode().get()).build();
      }
      return new SizeProfileFigures(Optional.empty(), List.copyOf(missing),
          index < 0 ? Optional.empty() : Optional.of("/years/" + index), year);
    }
    EnterpriseYear figures = profile.years().orElseThrow().get(index);
    SizeRequest request = SizeRequest.builder().industryCode(profile.industryCode().get())
        .employees(figures.employees()).revenue(figures.revenue()).totalAssets(figures.totalAssets()).build();
    return new SizeProfileFigures(Optional.of(request), List.of(), Optional.of("/years/" + index), year);
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
