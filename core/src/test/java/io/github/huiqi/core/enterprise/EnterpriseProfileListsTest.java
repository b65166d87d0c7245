package io.github.huiqi.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.testing.ProfileFixtures;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A profile's lists (its loans, years, payments, events…) and a year's lists (its quarters, R&amp;D items, VAT
 * periods) are the profile's own: a caller's list given to the builder is copied, so that changing it afterwards
 * changes no profile, and a list read from a profile cannot be changed. Before 2026-12-05 an {@code Optional<List>}
 * attribute kept the caller's list (Immutables copies a {@code List} attribute, not a list inside an
 * {@code Optional}), and a profile read from JSON handed out Jackson's {@code ArrayList}: a profile shared by the
 * threads of a screening run could be changed under them, and a null put in after the checks reached the measures.
 */
class EnterpriseProfileListsTest {

  @Test
  void test_everyListOfTheFullFixture_isPresent_soTheTestsBelowReachEachOne() throws Exception {
    EnterpriseProfile profile = ProfileFixtures.full();
    assertThat(optionalLists(EnterpriseProfile.class)).hasSize(15);
    assertThat(optionalLists(EnterpriseYear.class)).hasSize(5);
    for (Method accessor : optionalLists(EnterpriseProfile.class)) {
      assertThat((Optional<?>) accessor.invoke(profile)).as(accessor.getName()).isPresent();
    }
    for (Method accessor : optionalLists(EnterpriseYear.class)) {
      boolean inSomeYear = false;
      for (EnterpriseYear year : profile.years().orElseThrow()) {
        inSomeYear |= ((Optional<?>) accessor.invoke(year)).isPresent();
      }
      assertThat(inSomeYear).as(accessor.getName()).isTrue();
    }
  }

  @Test
  void test_listsOfAProfileReadFromJson_cannotBeChanged() throws Exception {
    EnterpriseProfile profile = HuiqiJson.read(HuiqiJson.write(ProfileFixtures.full()), EnterpriseProfile.class);
    assertUnmodifiable(profile, EnterpriseProfile.class);
    for (EnterpriseYear year : profile.years().orElseThrow()) {
      assertUnmodifiable(year, EnterpriseYear.class);
    }
  }

  @Test
  void test_listsOfAProfileBuilt_cannotBeChanged() throws Exception {
    EnterpriseProfile profile = ProfileFixtures.full();
    assertUnmodifiable(profile, EnterpriseProfile.class);
    for (EnterpriseYear year : profile.years().orElseThrow()) {
      assertUnmodifiable(year, EnterpriseYear.class);
    }
  }

  @Test
  void test_theCallersList_changedAfterBuild_changesNoProfile() {
    EnterpriseProfile full = ProfileFixtures.full();
    List<LoanFacts> loans = new ArrayList<>(full.loans().orElseThrow());
    EnterpriseYear firstYear = full.years().orElseThrow().get(0);
    List<OperatingQuarter> quarters = new ArrayList<>(firstYear.quarters().orElseThrow());
    int quarterCount = quarters.size();
    EnterpriseYear year = EnterpriseYear.builder().from(firstYear).quarters(quarters).build();
    List<EnterpriseYear> years = new ArrayList<>(List.of(year));
    EnterpriseProfile profile = EnterpriseProfile.builder().from(full).loans(loans).years(years).build();

    loans.clear();
    years.add(null);
    quarters.set(0, null);

    assertThat(profile.loans().orElseThrow()).containsExactlyElementsOf(full.loans().orElseThrow());
    assertThat(profile.years().orElseThrow()).containsExactly(year);
    assertThat(year.quarters().orElseThrow()).hasSize(quarterCount).doesNotContainNull();
  }

  @Test
  void test_aWither_copiesTheCallersList() {
    EnterpriseProfile full = ProfileFixtures.full();
    List<LoanFacts> loans = new ArrayList<>(full.loans().orElseThrow());
    EnterpriseProfile profile = ((ImmutableEnterpriseProfile) full).withLoans(loans);
    loans.clear();
    assertThat(profile.loans().orElseThrow()).hasSize(1);
  }

  @Test
  void test_aProfileWhoseListsAreAlreadyItsOwn_isNotCopiedAgain() {
    EnterpriseProfile full = ProfileFixtures.full();
    EnterpriseProfile copy = EnterpriseProfile.builder().from(full).build();
    assertThat(copy.loans().orElseThrow()).isSameAs(full.loans().orElseThrow());
    assertThat(copy).isEqualTo(full);
  }

  //-------------------------------------------------------------------------
  private static void assertUnmodifiable(Object value, Class<?> type) throws Exception {
    for (Method accessor : optionalLists(type)) {
      Optional<?> list = (Optional<?>) accessor.invoke(value);
      if (list.isPresent()) {
        List<?> items = (List<?>) list.get();
        assertThatThrownBy(items::clear).as(type.getSimpleName() + "." + accessor.getName())
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  /** The public accessors of a type that return an {@code Optional} of a {@code List}. */
  private static List<Method> optionalLists(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0 && Modifier.isAbstract(method.getModifiers())
          && method.getReturnType() == Optional.class
          && method.getGenericReturnType() instanceof ParameterizedType optional) {
        Type element = optional.getActualTypeArguments()[0];
        if (element instanceof ParameterizedType list && list.getRawType() == List.class) {
          accessors.add(method);
        }
      }
    }
    return accessors;
  }
}
