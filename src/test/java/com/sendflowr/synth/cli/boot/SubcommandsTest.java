package com.sendflowr.synth.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.cli.SynthCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    @Test
    void aCommandLineGetsTheSubcommandsItsArgumentsName() {
        assertThat(subcommands("summary", "--days", "3")).containsExactly("summary");
        assertThat(subcommands("report", "--out", "summary")).containsExactly("summary", "report");
    }

    @Test
    void allWhenNoneIsNamedOrTheCompletionScriptIsAskedFor() {
        String[] all = {"generate", "summary", "verify", "report", "evaluate", "generate-completion"};
        assertThat(subcommands()).containsExactly(all);
        assertThat(subcommands("--summary")).containsExactly(all);
        assertThat(subcommands("sumary")).containsExactly(all);
        assertThat(subcommands("generate-completion")).containsExactly(all);
        assertThat(Subcommands.addAll(new CommandLine(SynthCommand.class)).getSubcommands())
                .containsOnlyKeys(all);
    }

    private static Iterable<String> subcommands(String... args) {
        return Subcommands.addNamed(new CommandLine(SynthCommand.class), args)
                .getSubcommands()
                .keySet();
    }
}
