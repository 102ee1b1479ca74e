package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.model.Producer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A UI stream as read: its messages in order, and the problems of the lines that could not be read
 * (one bad line does not lose the rest).
 */
public final class UiLog {
  private final String source;
  private final List<UiMessage> messages;
  private final List<UiProblem> problems;

  private UiLog(String source, List<UiMessage> messages, List<UiProblem> problems) {
    this.source = source;
    this.messages = messages;
    this.problems = problems;
  }

  /**
   * A log of the given messages and problems.
   *
   * @param source the stream's name
   * @param messages the messages, in stream order
   * @param problems the problems, in stream order
   * @return the log
   */
  public static UiLog of(String source, List<? extends UiMessage> messages, List<UiProblem> problems) {
    return new UiLog(
        Objects.requireNonNull(source, "source"), List.copyOf(messages), List.copyOf(problems));
  }

  /** The stream's name, e.g. a file name or {@code <stream>}. */
  public String source() {
    return source;
  }

  /** Every message, in stream order. */
  public List<UiMessage> messages() {
    return messages;
  }

  /** The problems of lines that could not be read (or read fully), in stream order. */
  public List<UiProblem> problems() {
    return problems;
  }

  /** The messages of one class, in stream order. */
  public <T extends UiMessage> List<T> messages(Class<T> type) {
    List<T> l = new ArrayList<>();
    for (UiMessage m : messages) {
      if (type.isInstance(m)) {
        l.add(type.cast(m));
      }
    }
    return List.copyOf(l);
  }

  /** The {@code diagnostic} messages. */
  public List<DiagnosticMessage> diagnostics() {
    return messages(DiagnosticMessage.class);
  }

  /** The diagnostics of severity {@code error}. */
  public List<DiagnosticMessage> errors() {
    List<DiagnosticMessage> l = new ArrayList<>();
    for (DiagnosticMessage d : diagnostics()) {
      if (d.isError()) {
        l.add(d);
      }
    }
    return List.copyOf(l);
  }

  /** True when a diagnostic is an error: the operation failed. */
  public boolean hasErrors() {
    return !errors().isEmpty();
  }

  /** The first {@code version} message, if any. */
  public Optional<VersionMessage> version() {
    return messages(VersionMessage.class).stream().findFirst();
  }

  /**
   * Which tool wrote the stream: from the version message's key ({@code terraform} or {@code tofu}),
   * else from {@code @module} ({@code terraform.ui} or {@code tofu.ui}).
   */
  public Producer producer() {
    Optional<VersionMessage> v = version();
    if (v.isPresent() && v.get().producer().tool() != Producer.Tool.UNKNOWN) {
      return v.get().producer();
    }
    for (UiMessage m : messages) {
      if (m.module().equals("tofu.ui")) {
        return new Producer(Producer.Tool.OPENTOFU, "@module is tofu.ui");
      }
      if (m.module().equals("terraform.ui")) {
        return new Producer(Producer.Tool.TERRAFORM, "@module is terraform.ui");
      }
    }
    return new Producer(Producer.Tool.UNKNOWN, "the stream names no tool");
  }

  /** The {@code planned_change} messages. */
  public List<PlannedChangeMessage> plannedChanges() {
    return messages(PlannedChangeMessage.class);
  }

  /** The {@code resource_drift} messages. */
  public List<ResourceDriftMessage> resourceDrift() {
    return messages(ResourceDriftMessage.class);
  }

  /** The {@code change_summary} messages (a plan has one; an apply has the plan's and its own). */
  public List<ChangeSummaryMessage> changeSummaries() {
    return messages(ChangeSummaryMessage.class);
  }

  /** The last {@code change_summary}: the plan's for a plan, the apply's for an apply. */
  public Optional<ChangeSummaryMessage> changeSummary() {
    List<ChangeSummaryMessage> l = changeSummaries();
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(l.size() - 1));
  }

  /** The hook messages ({@code apply_*}, {@code refresh_*}, {@code provision_*}, ephemeral). */
  public List<HookMessage> hooks() {
    return messages(HookMessage.class);
  }

  /** The {@code outputs} messages. */
  public List<OutputsMessage> outputs() {
    return messages(OutputsMessage.class);
  }

  /** Source and counts; never a message's text. */
  @Override
  public String toString() {
    return "UiLog["
        + source
        + ": "
        + messages.size()
        + " messages, "
        + diagnostics().size()
        + " diagnostics, "
        + problems.size()
        + " problems]";
  }
}
