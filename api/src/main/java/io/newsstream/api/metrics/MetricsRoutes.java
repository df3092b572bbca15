package io.newsstream.api.metrics;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /metrics} in the Prometheus text format: every Kafka Streams client metric (threads,
 * tasks, stores, the embedded consumers and producers) through Micrometer's binder, and the JVM's.
 *
 * <p>Why Micrometer and not a hand-written exporter: its Kafka binder follows the client's metrics
 * as threads and tasks come and go, and names them the way Prometheus users expect
 * ({@code kafka_stream_thread_process_rate}, {@code jvm_memory_used_bytes}).
 */
public final class MetricsRoutes implements AutoCloseable {
  /** The Prometheus text exposition format's content type. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final List<AutoCloseable> binders = new ArrayList<>();

  private MetricsRoutes(KafkaStreams streams) {
    bind(new KafkaStreamsMetrics(streams));
    bind(new JvmMemoryMetrics());
    bind(new JvmGcMetrics());
    bind(new JvmThreadMetrics());
    bind(new ClassLoaderMetrics());
    bind(new ProcessorMetrics());
    bind(new UptimeMetrics());
  }

  /** Binds the meters and mounts {@code /metrics}; close it to stop the Kafka binder's refresh. */
  public static MetricsRoutes mount(Javalin app, KafkaStreams streams) {
    MetricsRoutes metrics = new MetricsRoutes(streams);
    app.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.registry.scrape()));
    return metrics;
  }

  private void bind(MeterBinder binder) {
    binder.bindTo(registry);
    if (binder instanceof AutoCloseable closeable) {
      binders.add(closeable);
    }
  }

  @Override
  public void close() {
    for (AutoCloseable binder : binders) {
      try {
        binder.close();
      } catch (Exception e) {
        // closing meters must not stop the shutdown
      }
    }
    registry.close();
  }
}
