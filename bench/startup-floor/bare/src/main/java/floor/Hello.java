package floor;

import io.quarkus.picocli.runtime.annotations.TopCommand;

import picocli.CommandLine.Command;

/** The least a Quarkus picocli command can do: boot, print one line, exit. */
@TopCommand
@Command(name = "hello", mixinStandardHelpOptions = true)
public class Hello implements Runnable {

    @Override
    public void run() {
        System.out.println("hello");
    }
}
