package org.crampcare.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.medication.Medicine;
import org.crampcare.medication.MedicineIndex;
import org.crampcare.rules.Rules;

/** The whole knowledge base, loaded, validated and immutable. Safe to share between threads. */
public final class KnowledgeBase {
    private final String version;
    private final Map<String, Source> sources;
    private final Map<String, Entry> entries;
    private final List<Medicine> medicines;
    private final MedicineIndex medicineIndex;
    private final Rules rules;
    private final ArticleCoverage coverage;

    KnowledgeBase(String version, Map<String, Source> sources, Map<String, Entry> entries, List<Medicine> medicines,
            Rules rules, ArticleCoverage coverage) {
        this.version = version;
        this.sources = Map.copyOf(sources);
        this.entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        this.medicines = List.copyOf(medicines);
        this.medicineIndex = new MedicineIndex(medicines);
        this.rules = rules;
        this.coverage = coverage;
    }

    /** Loads and validates the knowledge base packaged in the core jar; throws {@link KnowledgeException}. */
    public static KnowledgeBase load() {
        return KnowledgeLoader.load(KnowledgeFiles.fromClasspath());
    }

    /** A content hash of every knowledge file: it changes whenever any advice or rule changes. */
    public String version() {
        return version;
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    public List<Medicine> medicines() {
        return medicines;
    }

    public MedicineIndex medicineIndex() {
        return medicineIndex;
    }

    public Rules rules() {
        return rules;
    }

    public ArticleCoverage coverage() {
        return coverage;
    }
}
