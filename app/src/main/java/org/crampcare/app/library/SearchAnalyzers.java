package org.crampcare.app.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRefBuilder;
import org.crampcare.medication.Medicine;

/**
 * The analysis chains of the library search. Text and queries are split into words, lower-cased, accents folded,
 * possessives and plurals removed ("cramps" matches "cramp"). Queries then go through the synonym graph, built from
 * {@code search/synonyms.txt} (the words people use) and from the medicine names of the knowledge base (a brand or
 * generic name also finds its class: "Lasix" finds diuretics).
 */
final class SearchAnalyzers {
    static final String SYNONYMS = "search/synonyms.txt";

    /** Medicine classes of the contract, as the words the entries use for them. */
    private static final Map<String, String> CLASS_WORDS = Map.of(
            "diuretic", "diuretic", "statin", "statin", "estrogen", "estrogen", "nsaid", "nsaid",
            "laxative", "laxative", "antihypertensive", "antihypertensive", "beta_agonist", "beta agonist",
            "sorbent", "sorbent");

    private SearchAnalyzers() {
    }

    /** Index-time chain: also used by the highlighter. Values of a multi-valued field never form one phrase. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, normalise(source));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    /** Query-time chain: the index chain followed by the synonym graph. */
    static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(normalise(source), synonyms, true));
            }
        };
    }

    private static TokenStream normalise(Tokenizer source) {
        TokenStream s = new LowerCaseFilter(source);
        s = new ASCIIFoldingFilter(s);
        s = new EnglishPossessiveFilter(s);
        return new EnglishMinimalStemFilter(s);
    }

    /** The synonym map: the vocabulary file plus each medicine name mapped to its class word. */
    static SynonymMap synonyms(List<Medicine> medicines) {
        Analyzer analyzer = index();
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try (InputStream in = SearchAnalyzers.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("missing search vocabulary " + SYNONYMS);
            }
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (Medicine m : medicines) {
                String word = CLASS_WORDS.get(m.medicineClass());
                if (word == null) {
                    continue;
                }
                var output = parser.analyze(word, new CharsRefBuilder());
                for (String name : m.names()) {
                    String clean = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                    if (clean.isEmpty() || clean.equals(word)) {
                        continue;
                    }
                    try {
                        parser.add(parser.analyze(clean, new CharsRefBuilder()), output, true);
                    } catch (IllegalArgumentException nothingLeftAfterAnalysis) {
                        // a name made only of characters the analyser drops: nothing to match
                    }
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read search vocabulary " + SYNONYMS + ": " + e.getMessage(), e);
        }
    }
}
