package org.docloudmock.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * A kustomize base read as kubectl would send it, into fabric8's typed Kubernetes model. A field the model does
 * not know is refused, naming it: fabric8 would otherwise keep it quietly in {@code additionalProperties}.
 */
final class KubernetesManifests {

    static final Path BASE = Path.of("kubernetes").toAbsolutePath();

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class,
            "Service", Service.class,
            "ConfigMap", ConfigMap.class,
            "Secret", Secret.class,
            "PersistentVolumeClaim", PersistentVolumeClaim.class);

    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    if (bean.getBeanClass().getName().startsWith("io.fabric8.")) {
                        builder.setAnySetter(null);
                    }
                    return builder;
                }
            }));

    /** One object of the base, with the file it came from (relative to the repository). */
    record Manifest(String file, HasMetadata resource) {
    }

    final List<Manifest> manifests;
    final List<String> files;

    private KubernetesManifests(List<Manifest> manifests, List<String> files) {
        this.manifests = manifests;
        this.files = files;
    }

    /** Every object of every file the base's kustomization.yaml lists. */
    static KubernetesManifests read(Path base) {
        JsonNode kustomization = tree(base.resolve("kustomization.yaml"));
        List<String> files = new ArrayList<>();
        kustomization.get("resources").forEach(file -> files.add(file.asText()));
        List<Manifest> manifests = new ArrayList<>();
        for (String file : files) {
            Path path = base.resolve(file);
            String where = "deploy/" + base.getFileName() + "/" + file;
            try (var documents = STRICT.readerFor(JsonNode.class).<JsonNode>readValues(path.toFile())) {
                while (documents.hasNext()) {
                    manifests.add(new Manifest(where, typed(documents.next(), where)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(where, e);
            }
        }
        return new KubernetesManifests(manifests, files);
    }

    /** A document as the object its {@code kind} says, or a failure naming the file and the refused field. */
    static HasMetadata typed(JsonNode document, String where) {
        String kind = document.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new AssertionError(where + ": kind '" + kind + "' is none of " + KINDS.keySet());
        }
        try {
            return STRICT.treeToValue(document, type);
        } catch (IOException e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
    }

    static JsonNode tree(Path file) {
        try {
            return STRICT.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The same base with one object replaced by another of the same kind and name, read from {@code file}. */
    KubernetesManifests with(Path file) {
        HasMetadata replacement = typed(tree(file), file.getFileName().toString());
        List<Manifest> replaced = new ArrayList<>(manifests);
        replaced.replaceAll(manifest -> manifest.resource().getKind().equals(replacement.getKind())
                && manifest.resource().getMetadata().getName().equals(replacement.getMetadata().getName())
                ? new Manifest(file.getFileName().toString(), replacement) : manifest);
        return new KubernetesManifests(replaced, files);
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return manifests.stream().map(Manifest::resource).filter(kind::isInstance).map(kind::cast)
                .filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " named " + name));
    }

    String fileOf(HasMetadata resource) {
        return manifests.stream().filter(manifest -> manifest.resource() == resource).findFirst().orElseThrow().file();
    }

    Deployment deployment(ServiceEndpoint service) {
        return get(Deployment.class, service.serviceName());
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The service's container as {@link EnvironmentCheck} sees it, its references to Secrets and ConfigMaps resolved. */
    EnvironmentCheck.Container environment(ServiceEndpoint service) {
        Deployment deployment = deployment(service);
        Container container = container(deployment);
        Map<String, String> own = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv()) {
            own.put(variable.getName(), valueOf(variable));
        }
        Map<String, Map<String, String>> shared = new LinkedHashMap<>();
        container.getEnvFrom().forEach(source -> {
            String name = source.getConfigMapRef().getName();
            shared.put(fileOf(get(ConfigMap.class, name)) + " (ConfigMap " + name + ")", get(ConfigMap.class, name).getData());
        });
        return new EnvironmentCheck.Container(service, fileOf(deployment), own, shared);
    }

    private String valueOf(EnvVar variable) {
        if (variable.getValueFrom() == null) {
            return variable.getValue();
        }
        var secretKey = variable.getValueFrom().getSecretKeyRef();
        String value = get(Secret.class, secretKey.getName()).getStringData().get(secretKey.getKey());
        if (value == null) {
            throw new AssertionError(variable.getName() + ": Secret " + secretKey.getName() + " has no key " + secretKey.getKey());
        }
        return value;
    }
}
