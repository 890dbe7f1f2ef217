package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.cli.boot.HelpRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** The help as it reads on an 80-column terminal: every exit code listed, examples and notes never wrapped. */
class HelpTextTest {

    private static final int COLUMNS = 80;

    @Test
    void theTopHelpListsEveryExitCode() {
        String help = usage(HelpRequest.commandLine());
        assertThat(help)
                .contains(
                        "Exit codes:",
                        "  0    done",
                        "  1    a runtime failure",
                        "  2    invalid",
                        "  3    verify found a mismatch",
                        "  130  stopped by Ctrl-C",
                        "  143  stopped by SIGTERM");
    }

    @Test
    void everyCommandListsTheStackTraceOption() {
        for (CommandLine command : commands()) {
            assertThat(usage(command)).as(command.getCommandName()).contains("--stacktrace");
        }
    }

    @Test
    void noLineIsWiderThanATerminalAndNoFooterLineIsWrapped() {
        for (CommandLine command : commands()) {
            String help = usage(command);
            assertThat(help.lines())
                    .as(command.getCommandName())
                    .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(COLUMNS));
            List<String> lines = help.lines().toList();
            for (String footer : command.getCommandSpec().usageMessage().footer()) {
                for (String line : String.format(footer).split("\\R")) {
                    assertThat(lines).as(command.getCommandName()).contains(line);
                }
            }
        }
    }

    private static List<CommandLine> commands() {
        CommandLine top = HelpRequest.commandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(top));
        commands.addAll(top.getSubcommands().values());
        return commands;
    }

    private static String usage(CommandLine command) {
        StringWriter text = new StringWriter();
        command.setUsageHelpWidth(COLUMNS).usage(new PrintWriter(text), Ansi.OFF);
        return text.toString();
    }
}
