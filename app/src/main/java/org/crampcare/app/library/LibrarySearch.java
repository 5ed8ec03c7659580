package org.crampcare.app.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over every library entry with Lucene: an in-memory index built once at start-up from titles,
 * aliases, summaries, bodies and steps. Queries understand the words people use (the synonym graph of
 * {@link SearchAnalyzers}), tolerate typos in words of four letters or more that the library does not contain, rank title and alias matches first, and
 * come back with a snippet whose matches are marked. Thread-safe.
 */
@Component
public class LibrarySearch {
    public static final int MAX_HITS = 20;
    /** Hits scoring under this share of the best hit are noise (a shared common word), not answers. */
    static final float RELATIVE_CUTOFF = 0.12f;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int MAX_FUZZY_TERMS = 8;
    private static final int MAX_PHRASE_WORDS = 8;

    private static final String ID = "id";
    private static final String ALL = "all";
    private static final Map<String, Float> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put("title", 5f);
        FIELDS.put("aliases", 4f);
        FIELDS.put("summary", 2f);
        FIELDS.put("steps", 1f);
        FIELDS.put("body", 1f);
    }
    /** Typo-tolerant matching counts for less than an exact match, but a title still beats a mention. */
    private static final Map<String, Float> FUZZY_FIELDS = Map.of("title", 2f, "aliases", 1.5f, ALL, 0.5f);
    private static final String[] SNIPPET_FIELDS = { "summary", "body", "steps" };

    private final Library library;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final CompletableFuture<Index> index;
    /**
     * Answers already given, by query: the index never changes while the server runs, and a search (synonyms, fuzzy
     * terms, highlighting) costs milliseconds, so a repeated search (a popular word, a link to a search) is answered
     * from memory. Bounded: emptied when full.
     */
    private final Map<String, List<SearchHit>> answers = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MAX_ANSWERS_KEPT = 2048;

    /** The built index: read-only, shared between threads. */
    private record Index(IndexSearcher searcher, UnifiedHighlighter highlighter) {
    }

    /**
     * Reads the search vocabulary at once (a broken file stops the start-up), and builds the index on a background
     * thread so that start-up does not wait for it; the first search waits if it comes before the index is ready.
     */
    public LibrarySearch(Library library, KnowledgeBase kb) {
        this.library = library;
        this.indexAnalyzer = SearchAnalyzers.index();
        this.queryAnalyzer = SearchAnalyzers.query(SearchAnalyzers.synonyms(kb.medicines()));
        this.index = CompletableFuture.supplyAsync(() -> build(kb), task -> {
            Thread t = new Thread(task, "library-search-index");
            t.setDaemon(true);
            t.start();
        });
    }

    private Index build(KnowledgeBase kb) {
        Markdown markdown = new Markdown();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (Entry e : kb.entries()) {
                writer.addDocument(document(e, markdown.toText(e.body())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IndexSearcher searcher;
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
                .withFieldMatcher(field -> true)
                .build();
        return new Index(searcher, highlighter);
    }

    private Index index() {
        return index.join();
    }

    /** Stored, and with character offsets in the postings, so that snippets are cut without analysing again. */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    private static Document document(Entry e, String bodyText) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.YES));
        d.add(new TextField("title", e.title(), Field.Store.YES));
        for (String alias : e.aliases()) {
            d.add(new TextField("aliases", alias, Field.Store.YES));
        }
        d.add(new Field("summary", e.summary(), WITH_OFFSETS));
        d.add(new Field("body", bodyText, WITH_OFFSETS));
        for (String step : e.steps()) {
            d.add(new Field("steps", step, WITH_OFFSETS));
        }
        StringBuilder all = new StringBuilder(e.title()).append('\n').append(String.join("\n", e.aliases()))
                .append('\n').append(e.summary()).append('\n').append(bodyText).append('\n')
                .append(String.join("\n", e.steps()));
        d.add(new TextField(ALL, all.toString(), Field.Store.NO));
        return d;
    }

    public List<SearchHit> search(SearchQuery query) {
        return search(query, MAX_HITS);
    }

    public List<SearchHit> search(SearchQuery query, int limit) {
        String key = limit + ":" + query.text();
        List<SearchHit> known = answers.get(key);
        if (known != null) {
            return known;
        }
        List<SearchHit> hits = searchIndex(query, limit);
        if (answers.size() >= MAX_ANSWERS_KEPT) {
            answers.clear();
        }
        answers.put(key, hits);
        return hits;
    }

    private List<SearchHit> searchIndex(SearchQuery query, int limit) {
        List<String> words = words(query.text());
        try {
            return run(toQuery(query.text(), words, true), words, limit);
        } catch (IndexSearcher.TooManyClauses tooBroad) {
            try {
                return run(toQuery(query.text(), words, false), words, limit);
            } catch (IndexSearcher.TooManyClauses stillTooBroad) {
                throw new SearchQuery.InvalidSearchException("That search has too many words; please use fewer.");
            }
        }
    }

    private List<SearchHit> run(Query q, List<String> words, int limit) {
        if (q == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index().searcher();
            q = searcher.rewrite(q);
            TopDocs top = searcher.search(q, limit);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            float floor = top.scoreDocs[0].score * RELATIVE_CUTOFF;
            int kept = 0;
            while (kept < top.scoreDocs.length && top.scoreDocs[kept].score >= floor) {
                kept++;
            }
            TopDocs shown = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, kept));
            Map<String, String[]> snippets = index().highlighter().highlightFields(SNIPPET_FIELDS, highlightQuery(q, words),
                    shown, new int[] { 1, 1, 1 });
            List<SearchHit> hits = new ArrayList<>(kept);
            for (int i = 0; i < kept; i++) {
                ScoreDoc sd = shown.scoreDocs[i];
                String id = searcher.storedFields().document(sd.doc).get(ID);
                EntryView e = library.entry(id).orElseThrow();
                hits.add(new SearchHit(id, e.title(), e.entry().kind().key(), e.topic(), e.grade(),
                        snippet(snippets, i, e.summary()), e.url(), sd.score));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snippet(Map<String, String[]> snippets, int i, String summary) {
        for (String field : SNIPPET_FIELDS) {
            String[] values = snippets.get(field);
            if (values != null && values[i] != null && values[i].contains("<mark>")) {
                return values[i].strip();
            }
        }
        return HtmlUtils.htmlEscape(summary);
    }

    /**
     * Every field searched with the synonym-expanded query (boosted by field); for a short query, the words as typed
     * as a phrase (a bonus for the words in order) and typo-tolerant matches of the longer words. A long query with many
     * synonyms is tried again without the extras, which can multiply into too many clauses.
     */
    Query toQuery(String text, List<String> words, boolean extras) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        QueryBuilder literal = new QueryBuilder(indexAnalyzer);
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean any = false;
        for (var field : FIELDS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                root.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
            if (extras && words.size() > 1 && words.size() <= MAX_PHRASE_WORDS) {
                Query phrase = literal.createPhraseQuery(field.getKey(), text, 1);
                if (phrase != null) {
                    root.add(new BoostQuery(phrase, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        int fuzzy = 0;
        for (String word : new LinkedHashSet<>(words)) {
            if (extras && word.length() >= MIN_FUZZY_LENGTH && !known(word) && fuzzy++ < MAX_FUZZY_TERMS) {
                int edits = word.length() >= 7 ? 2 : 1;
                for (var field : FUZZY_FIELDS.entrySet()) {
                    root.add(new BoostQuery(new FuzzyQuery(new Term(field.getKey(), word), edits, 1, 20, true),
                            field.getValue()), BooleanClause.Occur.SHOULD);
                }
                any = true;
            }
        }
        return any ? root.build() : null;
    }

    /**
     * What to mark in snippets: every single word the search matched (synonyms and typo corrections included), and
     * of the words inside phrases only those the visitor typed; never a stop word such as "the". Plain terms keep
     * marking fast and free of noise.
     */
    static Query highlightQuery(Query rewritten, List<String> words) {
        Set<String> typed = new HashSet<>(words);
        Set<String> marked = new LinkedHashSet<>();
        rewritten.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                boolean phrase = terms.length > 1 && !(query instanceof SynonymQuery);
                for (Term t : terms) {
                    String text = t.text();
                    if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(text) && (!phrase || typed.contains(text))) {
                        marked.add(text);
                    }
                }
            }
        });
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String text : marked) {
            b.add(new TermQuery(new Term("summary", text)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** A word that occurs somewhere in the library needs no typo tolerance (and gets no look-alike noise). */
    private boolean known(String word) {
        try {
            return index().searcher().getIndexReader().docFreq(new Term(ALL, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a text as the index stores them (no synonyms), in order, repeats included. */
    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = indexAnalyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
