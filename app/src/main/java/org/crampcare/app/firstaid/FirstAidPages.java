package org.crampcare.app.firstaid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.crampcare.app.library.CanonicalUrls;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The first-aid addresses, read from {@code firstaid/pages.yaml} and checked at start-up against the knowledge base:
 * every page names an existing entry of kind first_aid_situation, and every such entry has a page.
 */
@Component
public class FirstAidPages implements CanonicalUrls {
    public static final String ROOT = "/first-aid";
    static final String FILE = "firstaid/pages.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Set<String> GROUPS = Set.of(FirstAidPage.MUSCLE, FirstAidPage.SITUATION, FirstAidPage.URGENT,
            FirstAidPage.GENERAL);

    record File(List<FirstAidPage> pages) {
    }

    private final List<FirstAidPage> pages;
    private final Map<String, FirstAidPage> bySlug = new LinkedHashMap<>();
    private final Map<String, FirstAidPage> byEntry = new LinkedHashMap<>();

    public FirstAidPages(KnowledgeBase kb) {
        this.pages = read();
        List<String> problems = new ArrayList<>();
        for (FirstAidPage p : pages) {
            if (p.slug() == null || !SLUG.matcher(p.slug()).matches()) {
                problems.add("slug '" + p.slug() + "' is not lower-case words joined by hyphens");
            }
            if (!GROUPS.contains(p.group())) {
                problems.add(p.slug() + ": group '" + p.group() + "' is not one of " + GROUPS);
            }
            Optional<Entry> e = kb.entry(p.entry() == null ? "" : p.entry());
            if (e.isEmpty()) {
                problems.add(p.slug() + ": the knowledge base has no entry '" + p.entry() + "'");
            } else if (e.get().kind() != EntryKind.FIRST_AID_SITUATION) {
                problems.add(p.slug() + ": entry '" + p.entry() + "' is not a first_aid_situation");
            }
            if (bySlug.put(p.slug(), p) != null) {
                problems.add("slug '" + p.slug() + "' is used twice");
            }
            if (byEntry.put(p.entry(), p) != null) {
                problems.add("entry '" + p.entry() + "' has two pages");
            }
        }
        for (Entry e : kb.entries()) {
            if (e.kind() == EntryKind.FIRST_AID_SITUATION && !byEntry.containsKey(e.id())) {
                problems.add("first_aid_situation '" + e.id() + "' has no page");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + String.join("; ", problems));
        }
    }

    private static List<FirstAidPage> read() {
        try (InputStream in = FirstAidPages.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            File file = YAMLMapper.builder().build().readValue(in, File.class);
            return file.pages() == null ? List.of() : List.copyOf(file.pages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<FirstAidPage> all() {
        return pages;
    }

    public List<FirstAidPage> inGroup(String group) {
        return pages.stream().filter(p -> p.group().equals(group)).toList();
    }

    public Optional<FirstAidPage> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The page that shows a knowledge entry, if it has one. */
    public Optional<FirstAidPage> byEntry(String entryId) {
        return Optional.ofNullable(byEntry.get(entryId));
    }

    /** Every first-aid address, the choice page first: what a phone keeps for use offline. */
    public List<String> urls() {
        List<String> out = new ArrayList<>(pages.size() + 1);
        out.add(ROOT);
        pages.forEach(p -> out.add(p.url()));
        return out;
    }

    @Override
    public Optional<String> urlFor(String entryId) {
        return byEntry(entryId).map(FirstAidPage::url);
    }
}
