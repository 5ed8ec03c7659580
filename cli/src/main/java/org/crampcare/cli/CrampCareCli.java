package org.crampcare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./crampcare}: the command line over the core. */
@Command(name = "crampcare", mixinStandardHelpOptions = true, versionProvider = CrampCareCli.Version.class,
        description = {"CrampCare: leg-cramp first aid, triage and library.",
                "Information, not a diagnosis. In an emergency call your local emergency number.",
                "The web application: ./crampcare serve [--port N] (started by the launcher, not by this jar)."},
        subcommands = {AssessCommand.class, InterviewCommand.class, KbCommand.class, CommandLine.HelpCommand.class})
public final class CrampCareCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new CrampCareCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CrampCareCli.class.getPackage().getImplementationVersion();
            return new String[] {"crampcare " + (v == null ? "development" : v)};
        }
    }
}
