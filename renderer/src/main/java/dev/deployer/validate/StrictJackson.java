package dev.deployer.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Jackson mapper that binds Kubernetes models the way the API server reads objects: no field it
 * does not know, no scalar coerced into another type. Two defaults are switched off: fabric8's
 * models keep unknown fields in an {@code additionalProperties} map ({@code @JsonAnySetter}),
 * which a deserializer modifier removes so that unknown fields reach the problem handler (which
 * collects them, with their paths, in the reader attribute {@link #UNKNOWN_FIELDS}); and
 * Jackson's scalar coercion ({@code "3"} for an integer, {@code 7} for a string).
 */
final class StrictJackson {

    /** Reader attribute: a {@code List<String[]>} of (path, message) for every unknown field. */
    static final String UNKNOWN_FIELDS = "deployer.unknownFields";
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StrictJackson() {
    }

    static ObjectMapper mapper() {
        SimpleModule strict = new SimpleModule("deployer-strict-models");
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                         BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                return builder;
            }
        });
        ObjectMapper m = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
        m.registerModule(strict);
        m.addHandler(new UnknownFields());
        m.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** Collects unknown fields instead of failing, so all of them are reported in one pass. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        @Override
        @SuppressWarnings("unchecked")
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // At a map or list value the parser has already entered it: the field is the parent's.
            JsonStreamContext at = p.currentToken() != null && p.currentToken().isStructStart()
                    ? p.getParsingContext().getParent() : p.getParsingContext();
            ((List<String[]>) ctxt.getAttribute(UNKNOWN_FIELDS)).add(new String[] {path(at),
                    "unknown field '" + propertyName + "'"});
            p.skipChildren();
            return true;
        }
    }

    /** {@code $.spec.template.spec.containers[0].image}, as the schema validator writes paths. */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : field(c.getCurrentName()));
        }
        return "$" + String.join("", parts);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            out.append(r.getFieldName() != null ? field(r.getFieldName()) : "[" + r.getIndex() + "]");
        }
        return out.toString();
    }

    private static String field(String name) {
        if (name == null) {
            return "";
        }
        return SIMPLE_NAME.matcher(name).matches() ? "." + name : "['" + name + "']";
    }
}
