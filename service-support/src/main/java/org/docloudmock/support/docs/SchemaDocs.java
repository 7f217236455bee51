package org.docloudmock.support.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The documentation of a schema's properties, written from the service side: {@code protocol}'s wire records
 * carry no swagger annotations, so the service that answers them describes them. A bean of this type is
 * applied to the OpenAPI document; a schema the document does not hold is left alone.
 */
public final class SchemaDocs implements OpenApiCustomizer {

    private final String schema;
    private final List<Consumer<Schema<?>>> changes = new ArrayList<>();

    private SchemaDocs(String schema) {
        this.schema = schema;
    }

    /** The schema as the document names it: the record's simple name. */
    public static SchemaDocs of(String schema) {
        return new SchemaDocs(schema);
    }

    public SchemaDocs property(String name, String description) {
        changes.add(target -> property(target, name).setDescription(description));
        return this;
    }

    public SchemaDocs property(String name, String description, Object example) {
        property(name, description);
        changes.add(target -> property(target, name).setExample(example));
        return this;
    }

    public SchemaDocs property(String name, String description, Object example, Object defaultValue) {
        property(name, description, example);
        changes.add(target -> property(target, name).setDefault(defaultValue));
        return this;
    }

    public SchemaDocs required(String name) {
        changes.add(target -> target.addRequiredItem(name));
        return this;
    }

    @Override
    public void customise(OpenAPI api) {
        Schema<?> target = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                : api.getComponents().getSchemas().get(schema);
        if (target != null) {
            changes.forEach(change -> change.accept(target));
        }
    }

    private Schema<?> property(Schema<?> target, String name) {
        Schema<?> property = target.getProperties() == null ? null : target.getProperties().get(name);
        if (property == null) {
            throw new IllegalStateException("Schema " + schema + " has no property " + name);
        }
        return property;
    }
}
