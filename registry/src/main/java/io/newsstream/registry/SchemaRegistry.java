package io.newsstream.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry with the semantics of Confluent's: Avro schemas registered under subjects, each
 * with versions 1, 2, 3..., a global id per distinct schema (shared across subjects), and a
 * compatibility level, global or per subject, that every new version must meet. The state lives in
 * the compacted Kafka topic {@code _schemas}; see {@link RegistryRoutes} for the REST API.
 *
 * <p>Schemas are compared in Avro's normalised JSON form ({@link Schema#toString()}), so layout and
 * whitespace do not make new versions; unlike the Parsing Canonical Form, that form keeps defaults,
 * docs and logical types, which change what a schema means or how compatible it is.
 *
 * <p>Thread-safe. Reads run concurrently and never wait for Kafka. Writes are serialised, go to the
 * topic first, and change what is served only once the broker has acknowledged them.
 *
 * <p>Limitation, single writer: the topic is read once, at open; afterwards this instance trusts
 * its own memory. A second registry writing to the same topic at the same time would hand out the
 * same ids for different schemas, so run one per cluster (a replacement may open once the first is
 * closed). Only Avro schemas, without references to other subjects.
 */
public final class SchemaRegistry implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SchemaRegistry.class);
  private static final int LATEST = -1;

  private final SchemaLog schemaLog;
  private final SchemaStore store = new SchemaStore();
  // Only writers change the store, one at a time under `writer`, so a writer reads it unlocked;
  // `state` keeps readers from seeing a change half applied.
  private final ReentrantLock writer = new ReentrantLock();
  private final ReadWriteLock state = new ReentrantReadWriteLock();

  private SchemaRegistry(SchemaLog schemaLog) {
    this.schemaLog = schemaLog;
  }

  /** {@link #open(String, short, Map)} without further Kafka properties. */
  public static SchemaRegistry open(String bootstrapServers, short replicationFactor) {
    return open(bootstrapServers, replicationFactor, Map.of());
  }

  /**
   * Creates the topic {@code _schemas} if it is missing, reads it to its end and returns the
   * registry it describes.
   *
   * @param replicationFactor of the topic, if it has to be created
   * @param kafkaProperties any further Kafka client properties (security, timeouts...)
   */
  public static SchemaRegistry open(
      String bootstrapServers, short replicationFactor, Map<String, String> kafkaProperties) {
    Map<String, Object> kafka = new HashMap<>(kafkaProperties);
    kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    SchemaLog schemaLog = SchemaLog.open(kafka, replicationFactor);
    try {
      SchemaRegistry registry = new SchemaRegistry(schemaLog);
      schemaLog.replay(registry::replay);
      log.info("Schema registry ready: {} subjects, highest schema id {}",
          registry.store.subjects().size(), registry.store.maxId());
      return registry;
    } catch (RuntimeException e) {
      schemaLog.close();
      throw e;
    }
  }

  private void replay(long offset, String key, String value) {
    try {
      apply(new SchemaStore.Change(key, value));
    } catch (IllegalArgumentException e) {
      // Not ours (a foreign writer, a bug of an old version): the rest of the log still counts.
      log.warn("Skipped record at offset {} of topic {}: {}", offset, SchemaLog.TOPIC, e.getMessage());
    }
  }

  /**
   * Registers {@code schema} under {@code subject} as a new version, unless the subject already has
   * it, and returns its global id.
   *
   * @throws RegistryException 42201 if the schema is not valid Avro, 409 if it does not meet the
   *     subject's compatibility level, 50001 if the broker does not acknowledge the new version
   */
  public int register(String subject, String schema) {
    Schema parsed = parse(schema);
    String normalised = parsed.toString();
    return write(() -> {
      List<SchemaVersion> all = store.versions(subject);
      List<SchemaVersion> live = live(all);
      for (SchemaVersion v : live) {
        if (v.schema().equals(normalised)) {
          return v.id();
        }
      }
      List<String> problems = levelOf(subject).check(parsed, schemas(live));
      if (!problems.isEmpty()) {
        throw RegistryException.incompatible(subject, problems);
      }
      int id = store.idOf(normalised).orElse(store.maxId() + 1);
      // Numbers of soft-deleted versions are not given again, as in Confluent's.
      int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
      commit(SchemaStore.put(new SchemaVersion(subject, version, id, normalised, false)));
      log.info("Registered subject {} version {}: schema id {}", subject, version, id);
      return id;
    });
  }

  /**
   * The version of {@code subject} that has {@code schema}.
   *
   * @throws RegistryException 40401 if the subject does not exist, 40403 if it has no such schema
   */
  public SchemaVersion lookup(String subject, String schema) {
    String normalised = parse(schema).toString();
    return read(() -> liveVersions(subject).stream()
        .filter(v -> v.schema().equals(normalised))
        .findFirst()
        .orElseThrow(RegistryException::schemaNotFound));
  }

  /** The subjects in name order; soft-deleted ones only if {@code includeDeleted}. */
  public List<String> subjects(boolean includeDeleted) {
    return read(() -> store.subjects().stream()
        .filter(s -> includeDeleted || !live(store.versions(s)).isEmpty())
        .toList());
  }

  /**
   * The version numbers of {@code subject}, oldest first; soft-deleted ones only if {@code
   * includeDeleted}.
   *
   * @throws RegistryException 40401 if there are none
   */
  public List<Integer> versions(String subject, boolean includeDeleted) {
    List<SchemaVersion> versions = read(() -> includeDeleted ? store.versions(subject) : live(store.versions(subject)));
    if (versions.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    return numbers(versions);
  }

  /**
   * One version of {@code subject}.
   *
   * @param version a number, or {@code latest} (or {@code -1}) for the newest
   * @throws RegistryException 40401 if the subject does not exist, 40402 if the version does not,
   *     42202 if {@code version} is not a version number
   */
  public SchemaVersion version(String subject, String version) {
    int number = parseVersion(version);
    return read(() -> {
      List<SchemaVersion> live = liveVersions(subject);
      return number == LATEST ? live.get(live.size() - 1) : find(live, number);
    });
  }

  /**
   * The schema with global id {@code id}, in normalised form.
   *
   * @throws RegistryException 40403 if no subject has it (soft-deleted ones count)
   */
  public String schemaById(int id) {
    return read(() -> store.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound(id)));
  }

  /** The level of subjects without one of their own; {@link Compatibility#DEFAULT} until set. */
  public Compatibility globalCompatibility() {
    return read(store::globalCompatibility);
  }

  /**
   * Sets the level of subjects without one of their own.
   *
   * @throws RegistryException 50001 if the broker does not acknowledge the change
   */
  public void setGlobalCompatibility(Compatibility level) {
    write(() -> commit(SchemaStore.config(null, level)));
  }

  /**
   * The level set for {@code subject}, which need not exist yet.
   *
   * @param defaultToGlobal answer the global level if the subject has none of its own
   * @throws RegistryException 40408 if the subject has none of its own and not {@code defaultToGlobal}
   */
  public Compatibility subjectCompatibility(String subject, boolean defaultToGlobal) {
    return read(() -> store.subjectCompatibility(subject)
        .or(() -> defaultToGlobal ? Optional.of(store.globalCompatibility()) : Optional.empty())
        .orElseThrow(() -> RegistryException.subjectConfigNotFound(subject)));
  }

  /**
   * Sets the level of {@code subject}, which need not exist yet.
   *
   * @throws RegistryException 50001 if the broker does not acknowledge the change
   */
  public void setSubjectCompatibility(String subject, Compatibility level) {
    write(() -> commit(SchemaStore.config(subject, level)));
  }

  /**
   * Checks {@code schema} against {@code subject} under the subject's level, without registering
   * it: against the versions the level looks at for {@code latest}, against the given one only
   * otherwise. A subject without versions accepts anything at {@code latest}.
   *
   * @return why it is incompatible, one line per problem; empty if it is compatible
   * @throws RegistryException 40401/40402 if a numbered version does not exist, 42201, 42202
   */
  public List<String> testCompatibility(String subject, String version, String schema) {
    Schema parsed = parse(schema);
    int number = parseVersion(version);
    SortedMap<Integer, Schema> against = read(() -> number == LATEST
        ? schemas(live(store.versions(subject)))
        : schemas(List.of(find(liveVersions(subject), number))));
    return levelOf(subject).check(parsed, against);
  }

  /**
   * Deletes {@code subject}: softly (its versions are no longer served, their ids still are), or,
   * with {@code permanent} after a soft delete, for good. A permanent delete of a subject named
   * after a topic ({@code <topic>-value}, {@code <topic>-key}, Confluent's default naming) is
   * refused while that topic holds records, unless {@code force}: their schema ids would no longer
   * resolve, and a producer would register the schema again under a new id.
   *
   * @return the version numbers deleted
   * @throws RegistryException 40401 if the subject does not exist, 40404 if it is already soft
   *     deleted and not {@code permanent}, 40405 if {@code permanent} comes before the soft delete,
   *     42206 if its topic holds records and not {@code force}
   */
  public List<Integer> deleteSubject(String subject, boolean permanent, boolean force) {
    return write(() -> {
      List<SchemaVersion> all = store.versions(subject);
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      List<SchemaVersion> live = live(all);
      if (permanent) {
        if (!live.isEmpty()) {
          throw RegistryException.subjectNotSoftDeleted(subject);
        }
        Optional<String> topic = topicOf(subject);
        long records = topic.isPresent() && !force ? schemaLog.recordsOn(topic.get()) : 0;
        if (records > 0) {
          throw RegistryException.schemasStillInUse(subject, topic.get(), records);
        }
        // First, so that the ids of the removed versions stay used even if this stops half-way.
        commit(SchemaStore.maxId(store.maxId()));
        all.forEach(v -> commit(SchemaStore.remove(v)));
        log.info("Deleted subject {} permanently: versions {}", subject, numbers(all));
        return numbers(all);
      }
      if (live.isEmpty()) {
        throw RegistryException.subjectSoftDeleted(subject);
      }
      live.forEach(v -> commit(SchemaStore.put(v.softDeleted())));
      log.info("Soft-deleted subject {}: versions {}", subject, numbers(live));
      return numbers(live);
    });
  }

  @Override
  public void close() {
    schemaLog.close();
  }

  /** The topic a subject is named after under Confluent's TopicNameStrategy. */
  static Optional<String> topicOf(String subject) {
    for (String suffix : List.of("-value", "-key")) {
      if (subject.endsWith(suffix) && subject.length() > suffix.length()) {
        return Optional.of(subject.substring(0, subject.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }

  private Compatibility levelOf(String subject) {
    return read(() -> store.subjectCompatibility(subject).orElse(store.globalCompatibility()));
  }

  /** The versions not soft-deleted; call with the state locked. */
  private List<SchemaVersion> liveVersions(String subject) {
    List<SchemaVersion> live = live(store.versions(subject));
    if (live.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    return live;
  }

  private static List<SchemaVersion> live(List<SchemaVersion> versions) {
    return versions.stream().filter(v -> !v.deleted()).toList();
  }

  private static SchemaVersion find(List<SchemaVersion> versions, int number) {
    return versions.stream()
        .filter(v -> v.version() == number)
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(number));
  }

  private static List<Integer> numbers(List<SchemaVersion> versions) {
    return versions.stream().map(SchemaVersion::version).toList();
  }

  private static SortedMap<Integer, Schema> schemas(List<SchemaVersion> versions) {
    SortedMap<Integer, Schema> schemas = new TreeMap<>();
    // One parser per schema: a parser remembers named types and refuses to see them defined twice.
    versions.forEach(v -> schemas.put(v.version(), new Schema.Parser().parse(v.schema())));
    return schemas;
  }

  private static Schema parse(String schema) {
    if (schema == null || schema.isBlank()) {
      throw RegistryException.invalidSchema("empty schema");
    }
    try {
      return new Schema.Parser().parse(schema);
    } catch (RuntimeException e) {
      // Avro reports bad JSON, names and defaults with various exceptions; an undefined type name
      // at the top level as a NullPointerException about an internal placeholder.
      String why = String.valueOf(e.getMessage());
      throw RegistryException.invalidSchema(why.contains("UnresolvedSchema") ? "undefined type name" : why);
    }
  }

  private static int parseVersion(String version) {
    if ("latest".equalsIgnoreCase(version)) {
      return LATEST;
    }
    try {
      int number = Integer.parseInt(version);
      if (number >= 1 || number == LATEST) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Falls through to the error below, which names what is allowed.
    }
    throw RegistryException.invalidVersion(version);
  }

  /** Appends a change to the log, then applies it. */
  private void commit(SchemaStore.Change change) {
    schemaLog.append(change.key(), change.value());
    apply(change);
  }

  private void apply(SchemaStore.Change change) {
    state.writeLock().lock();
    try {
      store.apply(change.key(), change.value());
    } finally {
      state.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> query) {
    state.readLock().lock();
    try {
      return query.get();
    } finally {
      state.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> update) {
    writer.lock();
    try {
      return update.get();
    } finally {
      writer.unlock();
    }
  }

  private void write(Runnable update) {
    write(() -> {
      update.run();
      return null;
    });
  }
}
