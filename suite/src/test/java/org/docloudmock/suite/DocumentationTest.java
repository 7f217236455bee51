package org.docloudmock.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the pages of docs/ hold together: every relative link resolves (MarkdownLinks), every page and
 * the README link to each other, the README's project layout names every module and only folders that exist, and
 * docs/project-layout.md links every package of the modules' main code.
 */
class DocumentationTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path README = REPO.resolve("README.md");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        List<Path> pages = new ArrayList<>(docs());
        pages.add(README);

        assertThat(pages.stream().mapToInt(page -> MarkdownLinks.links(page).size()).sum()).isGreaterThan(100);
        assertThat(MarkdownLinks.broken(REPO, pages)).isEmpty();
    }

    @Test
    void theReadmeLinksEveryPageOfTheDocsAndEachLinksBack() throws IOException {
        List<String> fromReadme = targets(README);
        for (Path page : docs()) {
            assertThat(fromReadme).as("the README's links").contains("docs/" + page.getFileName());
            assertThat(targets(page)).as("the links of %s", page.getFileName()).contains("../README.md");
        }
    }

    @Test
    void theReadmesProjectLayoutNamesEveryModuleAndOnlyWhatExists() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("\n## Project layout"));
        String layout = section.substring(section.indexOf("```\n") + 4);
        layout = layout.substring(0, layout.indexOf("```"));

        for (String module : modules()) {
            assertThat(layout).as("the layout").containsPattern("(?<![\\w/-])" + Pattern.quote(module) + "(?![\\w-])");
        }
        for (String line : layout.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                for (String name : line.split(" {3,}")[0].trim().split("\\s+")) {
                    assertThat(REPO.resolve(name)).as("named in the README's layout").exists();
                }
            }
        }
    }

    @Test
    void theProjectLayoutPageLinksEveryPackageOfTheModules() throws IOException {
        Path page = REPO.resolve("docs/project-layout.md");
        Set<Path> linked = MarkdownLinks.links(page).stream()
                .map(link -> page.getParent().resolve(link.target().replaceFirst("#.*", "")).normalize())
                .collect(Collectors.toSet());

        List<Path> packages = new ArrayList<>();
        for (String module : modules()) {
            Path sources = REPO.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(file -> file.toString().endsWith(".java")).map(Path::getParent).distinct().forEach(packages::add);
                }
            }
        }
        assertThat(packages).isNotEmpty();
        assertThat(packages.stream().filter(folder -> !linked.contains(folder)).map(REPO::relativize))
                .as("packages that docs/project-layout.md does not link").isEmpty();
    }

    private static List<String> modules() throws IOException {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(REPO.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(modules).as("the parent pom's modules").isNotEmpty();
        return modules;
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("docs"))) {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
            assertThat(pages).as("docs/*.md").isNotEmpty();
            return pages;
        }
    }

    private static List<String> targets(Path page) {
        return MarkdownLinks.links(page).stream().map(link -> link.target().replaceFirst("#.*", "")).toList();
    }
}
