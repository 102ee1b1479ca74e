package io.github.tfdrift.fix.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchTest {
  @TempDir Path dir;

  @Test
  void theDiffNamesPathsRelativeToTheConfigurationAndANewFileComesFromDevNull() {
    Patch p = Patch.of(List.of(
        FileEdit.create("moved.tf", "moved {\n  from = a.b\n  to   = a.c\n}\n"),
        FileEdit.of("modules/vm/main.tf", "a = 1\nb = 2\n", "a = 1\nb = 3\n")));

    assertThat(p.unifiedDiff()).isEqualTo("""
        --- a/modules/vm/main.tf
        +++ b/modules/vm/main.tf
        @@ -1,2 +1,2 @@
         a = 1
        -b = 2
        +b = 3
        --- /dev/null
        +++ b/moved.tf
        @@ -0,0 +1,4 @@
        +moved {
        +  from = a.b
        +  to   = a.c
        +}
        """);
  }

  @Test
  void aFileWithoutAFinalLineBreakSaysSo() {
    Patch p = Patch.of(List.of(FileEdit.of("main.tf", "a = 1", "a = 2")));

    assertThat(p.unifiedDiff()).isEqualTo("--- a/main.tf\n+++ b/main.tf\n@@ -1 +1 @@\n-a = 1\n\\ No newline at end of file\n+a = 2\n\\ No newline at end of file\n");
  }

  @Test
  void farApartChangesGetTwoHunks() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append("l").append(i).append('\n');
    }
    String after = before.toString().replace("l2\n", "L2\n").replace("l19\n", "L19\n");

    String diff = Patch.of(List.of(FileEdit.of("f.tf", before.toString(), after))).unifiedDiff();

    assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@");
  }

  @Test
  void applyingWritesEveryFile() throws IOException {
    Files.writeString(dir.resolve("main.tf"), "a = 1\n");
    Patch p = Patch.of(List.of(FileEdit.of("main.tf", "a = 1\n", "a = 2\n"), FileEdit.create("moved.tf", "x\n")));

    assertThat(p.applyTo(dir).get()).containsExactly("main.tf", "moved.tf");

    assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo("a = 2\n");
    assertThat(Files.readString(dir.resolve("moved.tf"))).isEqualTo("x\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileChangedSinceThePatchWasMadeStopsEveryWrite() throws IOException {
    Files.writeString(dir.resolve("a.tf"), "a = 1\n");
    Files.writeString(dir.resolve("b.tf"), "b = 1 # edited meanwhile\n");
    Patch p = Patch.of(List.of(FileEdit.of("a.tf", "a = 1\n", "a = 2\n"), FileEdit.of("b.tf", "b = 1\n", "b = 2\n")));

    FixError e = p.applyTo(dir).getLeft();

    assertThat(e.describe()).isEqualTo("b.tf: the file changed since the patch was made; no file was changed");
    assertThat(Files.readString(dir.resolve("a.tf"))).isEqualTo("a = 1\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReplacedLeavesTheOthersAsTheyWere() throws IOException {
    Files.writeString(dir.resolve("a.tf"), "a = 1\n");
    Files.createDirectories(dir.resolve("z.tf")); // a directory where a file is to be created: its move fails
    Files.writeString(dir.resolve("z.tf/keep"), "");
    Patch p = Patch.of(List.of(FileEdit.of("a.tf", "a = 1\n", "a = 2\n"), FileEdit.of("z.tf", "", "z\n")));

    assertThat(p.applyTo(dir).isLeft()).isTrue();

    assertThat(Files.readString(dir.resolve("a.tf"), StandardCharsets.UTF_8)).isEqualTo("a = 1\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anEditThatChangesNothingIsNotPartOfThePatch() {
    assertThat(Patch.of(List.of(FileEdit.of("main.tf", "a\n", "a\n"))).isEmpty()).isTrue();
  }

  @Test
  void theTextOfAPatchIsNeverInItsToString() {
    assertThat(Patch.of(List.of(FileEdit.of("main.tf", "password = \"hunter2\"\n", "password = \"x\"\n"))).toString())
        .isEqualTo("Patch[main.tf]").doesNotContain("hunter2");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tfdrift-tmp")).toList();
    }
  }
}
