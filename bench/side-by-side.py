#!/usr/bin/env python3
"""Times commands in turn, round after round, so that a shared host's load falls on all of them alike.

hyperfine runs all of one command's runs before the next command's; on a host whose load comes and goes, that puts
the difference of the load between two commands. Here each round runs every command once, in the order given.

    bench/side-by-side.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]

Prints, per command, the minimum, median and maximum wall time and the median CPU time (user + system) in seconds.
A command that fails stops the script.
"""
import resource
import statistics
import subprocess
import sys
import time


def main(rounds, commands):
    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    for name in commands:
        times = sorted(wall[name])
        print(f"{name:<16} min {times[0]:.3f}  median {statistics.median(times):.3f}  max {times[-1]:.3f}"
              f"  cpu median {statistics.median(cpu[name]):.3f}  ({rounds} runs)")


if __name__ == "__main__":
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or any("=" not in a for a in sys.argv[2:]):
        sys.exit("usage: bench/side-by-side.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]")
    main(int(sys.argv[1]), dict(argument.split("=", 1) for argument in sys.argv[2:]))
