package org.docloudmock.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker that DocumentationTest runs over the README and docs/, on small pages made to break it. */
class MarkdownLinksTest {

    @TempDir
    Path root;

    @Test
    void aLinkToAFileOrFolderThatIsThereResolves() throws IOException {
        Files.createDirectories(root.resolve("docs/images"));
        Files.writeString(root.resolve("docs/images/picture.png"), "png");
        Path readme = page("README.md", """
                See [the picture](docs/images/picture.png), ![it](docs/images/picture.png "title"),
                [the folder](docs/images/) and [the same page](README.md).
                [reference]: docs/images/picture.png
                """);

        assertThat(MarkdownLinks.links(readme)).hasSize(5);
        assertThat(MarkdownLinks.broken(root, List.of(readme))).isEmpty();
    }

    @Test
    void aLinkToAFileThatIsNotThereIsBrokenNamingWhereItIsWritten() throws IOException {
        Path readme = page("README.md", """
                # Title

                [Configuration](docs/configuration.md) and [the picture](docs/images/dashboard.png).
                [reference]: docs/missing.md
                """);

        assertThat(MarkdownLinks.broken(root, List.of(readme))).containsExactly(
                "README.md:3: (docs/configuration.md): no such file or folder",
                "README.md:3: (docs/images/dashboard.png): no such file or folder",
                "README.md:4: (docs/missing.md): no such file or folder");
    }

    @Test
    void aLinkResolvesFromTheFolderOfItsPage() throws IOException {
        page("README.md", "# Front page\n");
        Path guide = page("docs/guide.md", "[back](../README.md#front-page), [wrong](README.md), [out](../../elsewhere.md)\n");

        assertThat(MarkdownLinks.broken(root, List.of(guide))).containsExactly(
                "docs/guide.md:1: (README.md): no such file or folder",
                "docs/guide.md:1: (../../elsewhere.md): outside the repository");
    }

    @Test
    void anAnchorMustBeAHeadingOfTheTargetPage() throws IOException {
        page("docs/running.md", """
                # Running
                ## Host-name front (labs)
                ## In CI, against the containers
                """);
        Path readme = page("README.md", """
                ## Walkthrough
                [front](docs/running.md#host-name-front-labs) [ci](docs/running.md#in-ci-against-the-containers)
                [here](#walkthrough) [gone](docs/running.md#host-name-front) [nowhere](#ports)
                a [link whose text
                wraps](#wrapped)
                """);

        assertThat(MarkdownLinks.broken(root, List.of(readme))).containsExactly(
                "README.md:3: (docs/running.md#host-name-front): no heading of docs/running.md makes #host-name-front",
                "README.md:3: (#ports): no heading of README.md makes #ports",
                "README.md:4: (#wrapped): no heading of README.md makes #wrapped");
    }

    @Test
    void headingsMakeGitHubsAnchors() {
        assertThat(MarkdownLinks.slug("Microsoft's troubleshooter against the mock")).isEqualTo("microsofts-troubleshooter-against-the-mock");
        assertThat(MarkdownLinks.slug("Host-name front (labs)")).isEqualTo("host-name-front-labs");
        assertThat(MarkdownLinks.slug("The whole suite, one JVM")).isEqualTo("the-whole-suite-one-jvm");
        assertThat(MarkdownLinks.slug("`docloud.yml` and **you** [here](x.md)")).isEqualTo("docloudyml-and-you-here");
        assertThat(MarkdownLinks.slug("snake_case stays")).isEqualTo("snake_case-stays");
        assertThat(MarkdownLinks.anchors("# Limits\n## Limits\n### Limits ###\n<a name=\"kept\"></a>\n"))
                .containsExactly("limits", "limits-1", "limits-2", "kept");
    }

    @Test
    void codeIsNotLinksAndSchemesAreNotFollowed() throws IOException {
        Path readme = page("README.md", """
                ```sh
                # [not a link](missing.md)
                ## Not a heading
                ```
                `[not a link](missing.md)` and [the web](https://example.com/missing.md) and [mail](mailto:a@b.c)
                [fenced away](#not-a-heading)
                """);

        assertThat(MarkdownLinks.links(readme)).extracting(MarkdownLinks.Link::target).containsExactly("#not-a-heading");
        assertThat(MarkdownLinks.broken(root, List.of(readme))).containsExactly(
                "README.md:6: (#not-a-heading): no heading of README.md makes #not-a-heading");
    }

    private Path page(String name, String text) throws IOException {
        Path page = root.resolve(name);
        Files.createDirectories(page.getParent());
        return Files.writeString(page, text);
    }
}
