package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * docker/compose.yaml and docker/Dockerfile agree with the pom, with the CLI's options and with
 * the cluster settings ThreeBrokerClusterIT proves. No Docker engine runs here, so this is what
 * keeps the files true: parsed, not run.
 */
class ComposeFileTest {
  private static final Path DOCKER = Path.of("..", "docker");
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

  private static Map<String, Object> services;
  private static String composeText;
  private static List<String> dockerfile;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    composeText = Files.readString(DOCKER.resolve("compose.yaml"));
    services = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(composeText)).get("services");
    dockerfile = instructions(Files.readAllLines(DOCKER.resolve("Dockerfile")));
  }

  @Test
  void threeKafkaBrokersAtThePomsVersionWithTheSettingsTheClusterTestProves() throws Exception {
    List<String> brokers = services.keySet().stream().filter(s -> s.startsWith("kafka-")).toList();
    assertThat(brokers).hasSize(3);
    String kafkaVersion = pomElement(Path.of("..", "pom.xml"), "kafka.version");
    assertThat(AppInfoParser.getVersion()).as("the Kafka clients on the classpath").isEqualTo(kafkaVersion);
    Set<String> voters = new TreeSet<>();
    Set<String> volumes = new TreeSet<>();
    for (String name : brokers) {
      Map<String, Object> broker = service(name);
      assertThat(resolved(string(broker, "image"))).as(name).isEqualTo("apache/kafka:" + kafkaVersion);
      Map<String, String> env = environment(broker);
      assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).as(name).isEqualTo("PLAINTEXT://" + name + ":9092");
      assertThat(env.get("KAFKA_PROCESS_ROLES")).as(name).isEqualTo("broker,controller");
      voters.add(env.get("KAFKA_NODE_ID") + "@" + name + ":9093");
      ThreeBrokerClusterIT.REPLICATED.forEach((key, value) ->
          assertThat(env.get("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'))).as("%s %s", name, key)
              .isEqualTo(value));
      volumes.add(mountedAt(broker, env.get("KAFKA_LOG_DIRS")));
      assertThat(broker).containsKeys("healthcheck", "restart");
    }
    assertThat(environment(service(brokers.get(0))).get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(","))
        .containsExactlyInAnyOrderElementsOf(voters);
    assertThat(volumes).as("one log volume per broker").hasSize(3);
    for (String name : List.of("registry", "producer", "streams-1", "streams-2")) {
      assertThat(environment(service(name)).get("NEWSSTREAM_BOOTSTRAP_SERVERS").split(","))
          .containsExactlyInAnyOrderElementsOf(brokers.stream().map(b -> b + ":9092").toList());
      if (!name.equals("producer")) {
        assertThat(environment(service(name)).get("NEWSSTREAM_REPLICATION_FACTOR")).as(name).isEqualTo("3");
      }
    }
  }

  @Test
  void theTopicsServiceCreatesEveryTopicWithTheConfigsRunGivesIt() {
    // One shell line per entry, backslash continuations joined.
    List<String> script = List.of(String.join("\n", strings(service("topics").get("command")))
        .replace("\\\n", " ").split("\n"));
    String function = script.stream().filter(l -> l.strip().startsWith("create()")).findFirst().orElseThrow();
    assertThat(function).contains("--replication-factor 3");
    Map<String, String> common = configs(function);
    for (String topic : Topics.names()) {
      String line = script.stream().filter(l -> l.strip().matches("create " + Pattern.quote(topic) + "( .*)?"))
          .findFirst().orElseThrow(() -> new AssertionError("the topics service does not create " + topic));
      Map<String, String> configs = new TreeMap<>(common);
      configs.putAll(configs(line));
      assertThat(configs).as(topic).isEqualTo(new TreeMap<>(Topics.configFor(topic)));
    }
  }

  /** The {@code --config key=value} pairs of a kafka-topics.sh command line. */
  private static Map<String, String> configs(String commandLine) {
    Map<String, String> configs = new TreeMap<>();
    Matcher config = Pattern.compile("--config (\\S+)=(\\S+)").matcher(commandLine);
    while (config.find()) {
      configs.put(config.group(1), config.group(2));
    }
    return configs;
  }

  @Test
  void everyNewsstreamServiceRunsASubcommandWithOptionsAndEnvironmentItKnows() throws Exception {
    Map<String, Class<?>> subcommands = new HashMap<>();
    for (Class<?> type : Main.class.getAnnotation(Command.class).subcommands()) {
      subcommands.put(type.getAnnotation(Command.class).name(), type);
    }
    String stateDir = dockerEnv().get("NEWSSTREAM_STATE_DIR");
    List<String> ours = services.keySet().stream()
        .filter(s -> resolved(string(service(s), "image")).startsWith("newsstream:")).toList();
    assertThat(ours).containsExactlyInAnyOrder("registry", "producer", "streams-1", "streams-2");
    Set<String> stateVolumes = new TreeSet<>();
    for (String name : ours) {
      Map<String, Object> service = service(name);
      List<String> args = strings(service.get("command"));
      Class<?> command = subcommands.get(args.get(0));
      assertThat(command).as("%s runs a newsstream subcommand: %s", name, args).isNotNull();
      CommandLine.ParseResult parsed = new CommandLine(command).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
      assertThat(environment(service).keySet()).as("%s: environment the %s command reads", name, args.get(0))
          .isSubsetOf(envVariables(command));
      assertThat(service).as(name).containsKeys("healthcheck", "restart", "build");
      assertThat(resolved(string(service, "image"))).isEqualTo("newsstream:" + pomElement(Path.of("pom.xml"), "version"));
      int port = Integer.parseInt(option(parsed, args.get(0).equals("registry") ? "--port" : "--http-port"));
      assertThat(healthcheck(service)).as(name).contains("http://localhost:" + port + "/");
      assertThat(containerPorts(service)).as(name).containsExactly(port);
      assertThat(dockerfile).anyMatch(line -> line.startsWith("EXPOSE ") && List.of(line.split(" ")).contains(String.valueOf(port)));
      if (args.get(0).equals("streams")) {
        // application.server: where the other instance forwards queries for this one's keys.
        assertThat(option(parsed, "--advertised-host")).as(name).isEqualTo(name);
        assertThat(healthcheck(service)).contains("/health/ready");
        stateVolumes.add(mountedAt(service, stateDir));
      }
      if (args.get(0).equals("produce")) {
        assertThat(mountedAt(service, option(parsed, "--watch"))).isNotBlank();
      }
    }
    assertThat(stateVolumes).as("a state volume of its own for each streams instance").hasSize(2);
  }

  @Test
  void secretsComeFromTheEnvFileWhichListsEveryRequiredVariable() throws IOException {
    List<String> example = Files.readAllLines(DOCKER.resolve(".env.example"));
    Set<String> listed = example.stream().map(l -> l.replaceFirst("^#\\s*", ""))
        .filter(l -> l.matches("[A-Z0-9_]+=.*")).map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toSet());
    Matcher references = ENV_REFERENCE.matcher(composeText.replaceAll("(?m)^\\s*#.*$", ""));
    while (references.find()) {
      assertThat(listed).as("${%s} in compose.yaml is described in .env.example", references.group(1))
          .contains(references.group(1));
    }
    for (String line : example) {
      if (line.matches("[A-Z0-9_]*(TOKEN|PASSWORD|SECRET|KEY)[A-Z0-9_]*=.*")) {
        assertThat(line).as("no secret value in .env.example").endsWith("=");
      }
    }
    for (Object name : services.keySet()) {
      environment(service((String) name)).forEach((key, value) -> {
        if (key.matches(".*(TOKEN|PASSWORD|SECRET).*")) {
          assertThat(value).as("%s of %s comes from .env", key, name).matches("\\$\\{[A-Z0-9_]+(:\\?[^}]*)?}");
        }
      });
    }
  }

  @Test
  void theDockerfileBuildsWithMavenAndRunsOnASlimJreAsAnotherUserThanRoot() throws Exception {
    List<String> from = dockerfile.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(from).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
    String release = pomElement(Path.of("..", "pom.xml"), "maven.compiler.release");
    assertThat(dockerfile).contains("ARG JAVA_VERSION=" + release);
    assertThat(from.get(0)).contains("-jdk").endsWith(" AS build");
    assertThat(from.get(from.size() - 1)).matches("FROM eclipse-temurin:\\$\\{JAVA_VERSION}-jre(-\\w+)?");
    assertThat(dockerfile).anyMatch(l -> l.startsWith("RUN ") && l.contains("./mvnw") && l.contains("-pl launcher -am")
        && l.contains("package"));
    String jar = pomElement(Path.of("pom.xml"), "finalName") + ".jar";
    assertThat(dockerfile).anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("launcher/target/" + jar));
    assertThat(dockerfile).anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("launcher/target/lib/"));
    int user = lastIndexStartingWith("USER ");
    assertThat(user).as("a USER instruction").isPositive();
    assertThat(dockerfile.get(user)).doesNotContain("root").isNotEqualTo("USER 0");
    String entrypoint = dockerfile.get(lastIndexStartingWith("ENTRYPOINT "));
    assertThat(lastIndexStartingWith("ENTRYPOINT ")).isGreaterThan(user);
    assertThat(entrypoint).contains("MaxRAMPercentage").contains("ExitOnOutOfMemoryError").contains("/opt/newsstream/" + jar);
    assertThat(Files.readString(DOCKER.resolve("Dockerfile.dockerignore"))).contains("**/target/");
    Map<String, Object> build = map(service("streams-1").get("build"));
    assertThat(DOCKER.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile"))))
        .isRegularFile();
  }

  /** An option's value as given on the command line; null when not given. */
  private static String option(CommandLine.ParseResult parsed, String name) {
    CommandLine.Model.OptionSpec option = parsed.matchedOption(name);
    return option == null ? null : String.valueOf((Object) option.getValue());
  }

  /** The environment variables a command's options read (${env:NAME...} defaults), mixins included. */
  private static Set<String> envVariables(Class<?> command) {
    Set<String> names = new TreeSet<>();
    for (Class<?> type = command; type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        Option option = field.getAnnotation(Option.class);
        if (option != null) {
          Matcher env = Pattern.compile("\\$\\{env:([A-Z0-9_]+)").matcher(option.defaultValue());
          while (env.find()) {
            names.add(env.group(1));
          }
        }
        if (field.isAnnotationPresent(Mixin.class)) {
          names.addAll(envVariables(field.getType()));
        }
      }
    }
    return names;
  }

  /**
   * The Dockerfile's instructions, one per entry, continuation lines joined, comments dropped:
   * the few instructions checked here need no full Dockerfile parser (none is on Maven Central).
   */
  private static List<String> instructions(List<String> lines) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = trimmed.endsWith("\\");
      current.append(continues ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed).append(' ');
      if (!continues) {
        result.add(current.toString().replaceAll("\\s+", " ").strip());
        current.setLength(0);
      }
    }
    return result;
  }

  private static Map<String, String> dockerEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    dockerfile.stream().filter(l -> l.startsWith("ENV ")).forEach(l -> Arrays.stream(l.substring(4).split(" "))
        .map(kv -> kv.split("=", 2)).forEach(kv -> env.put(kv[0], kv[1])));
    return env;
  }

  private static int lastIndexStartingWith(String prefix) {
    for (int i = dockerfile.size() - 1; i >= 0; i--) {
      if (dockerfile.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  /** ${NAME:-default} as compose resolves it with NAME unset. */
  private static String resolved(String value) {
    return value.replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1");
  }

  private static Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return map(services.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static String string(Map<String, Object> service, String key) {
    return String.valueOf(service.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
  }

  private static Map<String, String> environment(Map<String, Object> service) {
    Map<String, String> env = new LinkedHashMap<>();
    Object declared = service.get("environment");
    if (declared != null) {
      map(declared).forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    return env;
  }

  private static String healthcheck(Map<String, Object> service) {
    return String.join(" ", strings(map(service.get("healthcheck")).get("test")));
  }

  private static List<Integer> containerPorts(Map<String, Object> service) {
    return strings(service.get("ports")).stream()
        .map(p -> Integer.parseInt(p.substring(p.lastIndexOf(':') + 1))).toList();
  }

  /** The volume mounted at {@code target}; fails if none is. */
  private static String mountedAt(Map<String, Object> service, String target) {
    return strings(service.get("volumes")).stream().filter(v -> v.endsWith(":" + target))
        .map(v -> v.substring(0, v.indexOf(':'))).findFirst()
        .orElseThrow(() -> new AssertionError("no volume at " + target + " in " + service.get("volumes")));
  }

  /** The first element of that name: a property, or the module's (parent's) version. */
  private static String pomElement(Path pom, String name) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    return doc.getElementsByTagName(name).item(0).getTextContent().strip();
  }
}
