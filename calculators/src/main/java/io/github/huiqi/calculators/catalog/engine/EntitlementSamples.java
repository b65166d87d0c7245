package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sample requests for trying the engine, shipped with the library: the command line evaluates
 * {@link #shenzhenManufacturer2023()} when given no file.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EntitlementSamples {

  /** The resource holding the Shenzhen sample, beside this class. */
  public static final String SHENZHEN_MANUFACTURER_2023 = "sample-request.json";

  private EntitlementSamples() {
  }

  /**
   * Returns the Shenzhen sample as JSON: a small precision-parts manufacturer of 宝安区 (C3484), an enrolled
   * 科技型中小企业 and first-time borrower, with a 2023 first loan of 3,000,000 and a second loan of 2,000,000 both
   * guaranteed by a government guarantor, interest and guarantee fees paid, its 2023 figures and R&amp;D spend,
   * no grant events (contest placings, platforms, contracts: {@code grantEvents} known to be empty), and no word on
   * technical-renovation projects; evaluated as of 2023-06-30.
   *
   * @return the request as JSON, an {@link EntitlementRequest}
   */
  public static String shenzhenManufacturer2023Json() {
    try (InputStream in = EntitlementSamples.class.getResourceAsStream(SHENZHEN_MANUFACTURER_2023)) {
      if (in == null) {
        throw new IllegalStateException("the sample " + SHENZHEN_MANUFACTURER_2023 + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Returns the Shenzhen sample (see {@link #shenzhenManufacturer2023Json()}).
   *
   * @return the request
   */
  public static EntitlementRequest shenzhenManufacturer2023() {
    return HuiqiJson.read(shenzhenManufacturer2023Json(), EntitlementRequest.class);
  }
}
