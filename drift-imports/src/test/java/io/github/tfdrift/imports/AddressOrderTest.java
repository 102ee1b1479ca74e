package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order imports are listed in: module path, mode, type, name, then the key, numbers in numeric order. */
class AddressOrderTest {
  private static List<String> sorted(String... addresses) {
    List<String> l = new ArrayList<>(List.of(addresses));
    l.sort(Addresses.ORDER);
    return l;
  }

  @Test
  void numericKeysAreInNumericOrder() {
    assertThat(sorted("aws_s3_bucket.b[10]", "aws_s3_bucket.b[9]", "aws_s3_bucket.b[2]"))
        .containsExactly("aws_s3_bucket.b[2]", "aws_s3_bucket.b[9]", "aws_s3_bucket.b[10]");
  }

  @Test
  void numericModuleKeysAreInNumericOrderToo() {
    assertThat(sorted("module.m[10].aws_s3_bucket.b", "module.m[9].aws_s3_bucket.b"))
        .containsExactly("module.m[9].aws_s3_bucket.b", "module.m[10].aws_s3_bucket.b");
  }

  @Test
  void stringKeysAreInTheirOwnOrder() {
    assertThat(sorted("aws_s3_bucket.b[\"z\"]", "aws_s3_bucket.b[\"a\"]")).containsExactly("aws_s3_bucket.b[\"a\"]", "aws_s3_bucket.b[\"z\"]");
  }

  @Test
  void anInstanceWithoutAKeyComesBeforeTheKeyedOnes() {
    assertThat(sorted("aws_s3_bucket.b[0]", "aws_s3_bucket.b")).containsExactly("aws_s3_bucket.b", "aws_s3_bucket.b[0]");
  }

  @Test
  void aModuleWithoutAKeyComesBeforeItsKeyedInstances() {
    assertThat(sorted("module.m[0].aws_s3_bucket.b", "module.m.aws_s3_bucket.b"))
        .containsExactly("module.m.aws_s3_bucket.b", "module.m[0].aws_s3_bucket.b");
  }

  @Test
  void theModulePathComesFirstShorterPathsBeforeLonger() {
    assertThat(sorted("module.b.aws_s3_bucket.a", "module.a.module.c.aws_s3_bucket.a", "module.a.aws_s3_bucket.z", "aws_s3_bucket.z"))
        .containsExactly("aws_s3_bucket.z", "module.a.aws_s3_bucket.z", "module.a.module.c.aws_s3_bucket.a", "module.b.aws_s3_bucket.a");
  }

  @Test
  void theTypeComesBeforeTheName() {
    assertThat(sorted("aws_sqs_queue.a", "aws_iam_role.z", "aws_iam_role.b"))
        .containsExactly("aws_iam_role.b", "aws_iam_role.z", "aws_sqs_queue.a");
  }

  @Test
  void theModeComesBeforeTheTypeDataBeforeManaged() {
    assertThat(sorted("aws_iam_role.a", "data.aws_s3_bucket.b")).containsExactly("data.aws_s3_bucket.b", "aws_iam_role.a");
  }

  @Test
  void textThatIsNotAnAddressComesLastInTextOrder() {
    assertThat(sorted("not an address!", "aws_s3_bucket.b", "also not!")).containsExactly("aws_s3_bucket.b", "also not!", "not an address!");
  }

  @Test
  void aNumericAndAStringKeyAreOrderedByHowTheyAreWritten() {
    assertThat(sorted("aws_s3_bucket.b[\"a\"]", "aws_s3_bucket.b[1]")).containsExactly("aws_s3_bucket.b[\"a\"]", "aws_s3_bucket.b[1]");
  }
}
