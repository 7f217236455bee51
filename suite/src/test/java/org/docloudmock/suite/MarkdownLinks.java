package org.docloudmock.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of Markdown files, as GitHub renders them, and those that lead nowhere: a file or folder that
 * is not there (or lies outside the repository), or an anchor that no heading of the target page makes. Links in
 * code (fenced blocks, inline spans) are text, not links; links with a scheme ({@code https:}) are not followed.
 */
final class MarkdownLinks {

    /** One link: where it is written, and where it points ({@code path#anchor}, either part may be empty). */
    record Link(Path file, int line, String target) {

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + ": (" + target + ")";
        }
    }

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)>?");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern SCHEME = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*(?:name|id)=\"([^\"]+)\"");
    /** What github-slugger removes: everything but letters, marks, digits, connector punctuation, spaces, hyphens. */
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private MarkdownLinks() {
    }

    /** Every broken link of these files, as {@code file:line: (target): why}; empty when all resolve. */
    static List<String> broken(Path root, List<Path> files) {
        Path top = root.toAbsolutePath().normalize();
        Map<Path, Set<String>> anchorsByPage = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            for (Link link : links(file)) {
                String problem = problem(top, link, anchorsByPage);
                if (problem != null) {
                    broken.add(top.relativize(link.file().toAbsolutePath().normalize()) + ":" + link.line() + ": ("
                            + link.target() + "): " + problem);
                }
            }
        }
        return broken;
    }

    /** The relative links of a Markdown file, in order (a link's text may wrap over lines). */
    static List<Link> links(Path file) {
        List<Link> links = new ArrayList<>();
        List<String> lines = outsideCode(read(file));
        String text = String.join("\n", lines);
        Matcher inline = INLINE_LINK.matcher(text);
        while (inline.find()) {
            add(links, file, lineAt(text, inline.start()), inline.group(1));
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher definition = REFERENCE_DEFINITION.matcher(lines.get(i));
            if (definition.find()) {
                add(links, file, i + 1, definition.group(1));
            }
        }
        return links;
    }

    /** The anchors a page's headings make on GitHub (a repeated heading gets -1, -2, …), and its HTML anchors. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCode(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int repeats = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: its text as rendered, lower case, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    private static String problem(Path root, Link link, Map<Path, Set<String>> anchorsByPage) {
        int hash = link.target().indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? link.target() : link.target().substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : link.target().substring(hash + 1);
        Path target = path.isEmpty() ? link.file().toAbsolutePath().normalize()
                : link.file().toAbsolutePath().getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file or folder";
        }
        if (anchor == null || !target.toString().endsWith(".md")) {
            return null;
        }
        Set<String> anchors = anchorsByPage.computeIfAbsent(target, page -> anchors(read(page)));
        return anchors.contains(anchor) ? null : "no heading of " + root.relativize(target) + " makes #" + anchor;
    }

    private static int lineAt(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private static void add(List<Link> links, Path file, int line, String target) {
        if (!SCHEME.matcher(target).find()) {
            links.add(new Link(file, line, target));
        }
    }

    /** The lines, with fenced code blocks blanked (so line numbers hold) and inline code spans removed. */
    private static List<String> outsideCode(String markdown) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                lines.add("");
            } else if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                lines.add("");
            } else {
                lines.add(CODE_SPAN.matcher(line).replaceAll(""));
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
