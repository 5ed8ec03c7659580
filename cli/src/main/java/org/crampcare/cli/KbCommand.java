package org.crampcare.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampcare kb check | stats}: the knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Check the knowledge base or count what it holds.",
        subcommands = {KbCommand.Check.class, KbCommand.Stats.class})
final class KbCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static KnowledgeBase load(Path dir) {
        return dir == null ? KnowledgeBase.load() : KnowledgeLoader.load(KnowledgeFiles.fromDirectory(dir));
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Load and validate every knowledge file; print each problem with its file, entry and field.",
                    "Exit status: 0 valid, 1 problems found."})
    static final class Check implements Callable<Integer> {
        @Option(names = "--dir", paramLabel = "DIR",
                description = "Check a knowledge folder on disk instead of the packaged one (e.g. knowledge).")
        Path dir;

        @Override
        public Integer call() {
            try {
                KnowledgeBase kb = load(dir);
                System.out.printf("knowledge base OK (%s): %d entries, %d sources, %d medicine names, %d triage rules, "
                        + "%d of %d article headings covered, %d left out with a reason%n", kb.version(),
                        kb.entries().size(), kb.sources().size(), kb.medicineIndex().size(), kb.rules().triage().size(),
                        kb.coverage().coveredBy().size(), kb.coverage().headings().size(), kb.coverage().leftOut().size());
                return 0;
            } catch (KnowledgeException e) {
                System.out.println(e.problems().size() + " problem(s) in the knowledge base:");
                e.problems().forEach(p -> System.out.println("  " + p));
                return 1;
            }
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts by kind, grade and topic.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--dir", paramLabel = "DIR", description = "Use a knowledge folder on disk.")
        Path dir;

        @Override
        public Integer call() {
            KnowledgeBase kb;
            try {
                kb = load(dir);
            } catch (KnowledgeException e) {
                System.out.println(e.getMessage());
                return 1;
            }
            System.out.println("knowledge version " + kb.version());
            System.out.println("entries: " + kb.entries().size());
            print("by kind", count(kb, e -> e.kind().key()));
            print("by topic", count(kb, e -> e.topic().key()));
            print("by evidence grade", count(kb, e -> e.grade().key()));
            print("by verdict", kb.entries().stream().filter(e -> e.verdict().isPresent())
                    .collect(Collectors.groupingBy(e -> e.verdict().get().key(), TreeMap::new, Collectors.counting())));
            System.out.println("sources: " + kb.sources().size());
            System.out.println("medicines: " + kb.medicines().size() + " generic entries, " + kb.medicineIndex().size()
                    + " names");
            print("medicines by class", kb.medicines().stream()
                    .collect(Collectors.groupingBy(m -> m.medicineClass(), TreeMap::new, Collectors.counting())));
            var r = kb.rules();
            System.out.printf("rules: %d triage, %d causes, %d mimics, %d first-aid, %d prevention, %d named conditions, "
                    + "%d questions%n", r.triage().size(), r.causes().size(), r.mimics().size(), r.firstAid().size(),
                    r.prevention().size(), r.namedConditions().size(), r.questions().size());
            print("triage rules by level", r.triage().stream()
                    .collect(Collectors.groupingBy(t -> t.level().id(), TreeMap::new, Collectors.counting())));
            System.out.printf("article headings: %d, covered %d, left out with a reason %d%n",
                    kb.coverage().headings().size(), kb.coverage().coveredBy().size(), kb.coverage().leftOut().size());
            return 0;
        }

        private static Map<String, Long> count(KnowledgeBase kb, Function<Entry, String> key) {
            return kb.entries().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        }

        private static void print(String title, Map<String, Long> counts) {
            System.out.println(title + ": " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
    }
}
