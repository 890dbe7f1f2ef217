package com.sendflowr.synth.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The Pod a Job, a CronJob's job or an Indexed Job's index would start, derived from the shipped manifest (its pod
 * template, unchanged but for what must differ on this machine), for {@code podman kube play}, which runs Pods but
 * not Jobs. What the Job controller and the kubelet would add, this adds: the completion-index annotation of an
 * Indexed Job's pod, and the expansion of {@code $(VAR)} in {@code args} from the container's environment (podman
 * 4.3 passes {@code $(VAR)} through literally). What differs here, the {@link Local} settings say.
 */
final class JobPod {

    static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final Pattern ANNOTATION_REF = Pattern.compile("metadata\\.annotations\\['([^']+)'\\]");

    /**
     * This machine's differences: the broker listens on the host's loopback (so the pod shares the host's network),
     * speaks plain Kafka instead of SASL_SSL, each run gets a topic of its own, and a rolling window keeps its end but
     * is shortened to a week.
     */
    record Local(String bootstrap, String securityProtocol, String topic, int days) {}

    private JobPod() {}

    /**
     * @param manifest a Job or CronJob manifest, as read
     * @param index the completion index for an Indexed Job's pod, or -1
     * @return the Pod manifest, as YAML text
     */
    @SuppressWarnings("unchecked")
    static String pod(Map<String, Object> manifest, int index, Local local) {
        Map<String, Object> template = manifest.get("kind").equals("CronJob")
                ? DeploymentFiles.at(manifest, "spec.jobTemplate.spec.template")
                : DeploymentFiles.at(manifest, "spec.template");
        template = deepCopy(template);
        Map<String, Object> metadata =
                (Map<String, Object>) template.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        String jobName = DeploymentFiles.at(manifest, "metadata.name");
        metadata.put("name", index < 0 ? jobName : jobName + "-" + index);
        Map<String, Object> annotations =
                (Map<String, Object>) metadata.computeIfAbsent("annotations", k -> new LinkedHashMap<>());
        if (index >= 0) {
            annotations.put(INDEX_ANNOTATION, String.valueOf(index));
        }
        Map<String, Object> spec = (Map<String, Object>) template.get("spec");
        spec.put("hostNetwork", true);
        for (Map<String, Object> container : (List<Map<String, Object>>) spec.get("containers")) {
            List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
            setValue(env, "KAFKA_BOOTSTRAP_SERVERS", local.bootstrap());
            setValue(env, "KAFKA_SECURITY_PROTOCOL", local.securityProtocol());
            List<String> args = localArgs((List<String>) container.get("args"), local);
            container.put("args", expand(args, env, annotations));
        }
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", metadata);
        pod.put("spec", spec);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(pod);
    }

    private static List<String> localArgs(List<String> args, Local local) {
        List<String> adapted = new ArrayList<>(args);
        int sink = adapted.indexOf("--sink");
        if (sink < 0 || !adapted.get(sink + 1).equals("kafka")) {
            throw new AssertionError("expected --sink kafka in " + args);
        }
        adapted.set(sink + 1, "kafka:" + local.topic());
        int days = adapted.indexOf("--days");
        if (days >= 0) {
            adapted.set(days + 1, String.valueOf(local.days()));
        } else {
            adapted.addAll(List.of("--days", String.valueOf(local.days())));
        }
        return adapted;
    }

    private static void setValue(List<Map<String, Object>> env, String name, String value) {
        Map<String, Object> entry = env.stream()
                .filter(e -> name.equals(e.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
        entry.put("value", value);
    }

    /** Kubernetes' {@code $(VAR)} expansion, from env values and from annotation field references. */
    private static List<String> expand(
            List<String> args, List<Map<String, Object>> env, Map<String, Object> annotations) {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            Matcher variable = VARIABLE.matcher(arg);
            StringBuilder out = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(
                        out,
                        Matcher.quoteReplacement(
                                resolve(variable.group(1), env, annotations).orElse(variable.group())));
            }
            variable.appendTail(out);
            expanded.add(out.toString());
        }
        return expanded;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<String> resolve(
            String name, List<Map<String, Object>> env, Map<String, Object> annotations) {
        for (Map<String, Object> entry : env) {
            if (!name.equals(entry.get("name"))) {
                continue;
            }
            if (entry.get("value") != null) {
                return java.util.Optional.of(entry.get("value").toString());
            }
            Object fieldPath =
                    entry.get("valueFrom") instanceof Map<?, ?> from && from.get("fieldRef") instanceof Map<?, ?> ref
                            ? ((Map<String, Object>) ref).get("fieldPath")
                            : null;
            Matcher annotation = ANNOTATION_REF.matcher(String.valueOf(fieldPath));
            if (annotation.matches() && annotations.containsKey(annotation.group(1))) {
                return java.util.Optional.of(
                        annotations.get(annotation.group(1)).toString());
            }
        }
        return java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return node;
    }
}
