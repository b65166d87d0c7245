package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.github.huiqi.core.result.Explanation;
import java.util.List;

/**
 * Leaves every {@link Explanation} member out of the JSON written: the output form
 * {@link JsonOutput#withoutExplanation()}. Reading puts an empty explanation where the member is absent
 * ({@link HuiqiModule}), so a result written this way reads back.
 */
final class WithoutExplanationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  WithoutExplanationModule() {
    super("huiqi-without-explanation", Version.unknownVersion());
    setSerializerModifier(new BeanSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
          List<BeanPropertyWriter> properties) {
        properties.removeIf(property -> Explanation.class.isAssignableFrom(property.getType().getRawClass()));
        return properties;
      }
    });
  }
}
