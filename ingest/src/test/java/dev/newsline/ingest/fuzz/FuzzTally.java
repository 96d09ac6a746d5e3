package dev.newsline.ingest.fuzz;

import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.validate.InputRejectedException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a fuzz run saw: outcomes by reason, what went wrong, the most pattern steps one record took, and the slowest
 * record in CPU and wall time (for printing only: tests never assert on time). One run, one thread.
 */
public final class FuzzTally {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private StepBudget budget;
    private long slowestCpu;
    private long slowestWall;
    private String slowest = "none";
    private long mostSteps;
    private double mostOfBudget;

    /** The budget of a record of {@code chars} chars, watched here: give {@code tally::budget} to the reader. */
    public StepBudget budget(int chars) {
        budget = StepBudget.forText(chars);
        return budget;
    }

    /**
     * Runs one input: {@code handle} reads it and returns the outcome of an accepted record ("article"); a
     * rejection's reason is the outcome, and any other exception is a problem.
     */
    public void run(HostileInput input, Function<HostileInput, String> handle) {
        budget = null;
        long startCpu = threads.getCurrentThreadCpuTime();
        long startWall = System.nanoTime();
        String outcome;
        try {
            outcome = handle.apply(input);
        } catch (InputRejectedException e) {
            outcome = e.rejection().reason().name();
            if (e.rejection().message() == null || e.rejection().message().isBlank()) {
                problem(input, outcome + " without a message");
            }
        } catch (RuntimeException e) {
            outcome = "unexpected " + e.getClass().getSimpleName();
            problem(input, e.toString());
        }
        long cpu = threads.getCurrentThreadCpuTime() - startCpu;
        slowestWall = Math.max(slowestWall, System.nanoTime() - startWall);
        if (cpu >= slowestCpu) {
            slowestCpu = cpu;
            slowest = input.name() + " (" + input.value().length + " bytes, " + outcome + ")";
        }
        outcomes.merge(outcome, 1, Integer::sum);
        if (budget != null) {
            if (budget.used() > budget.limit()) {
                problem(input, budget.used() + " pattern steps, over its budget of " + budget.limit());
            }
            mostSteps = Math.max(mostSteps, budget.used());
            mostOfBudget = Math.max(mostOfBudget, (double) budget.used() / budget.limit());
        }
    }

    /** Records something an input must never cause. */
    public void problem(HostileInput input, String what) {
        problems.add(input.name() + ": " + what);
    }

    public Map<String, Integer> outcomes() {
        return outcomes;
    }

    public List<String> problems() {
        return problems;
    }

    /** How many inputs finished. */
    public int total() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for the test output. */
    public String summary() {
        return String.format(Locale.ROOT, "%d inputs %s; most pattern steps in one record %d (%.1f%% of its budget at"
                        + " most); slowest record %.1f ms CPU: %s; longest wall time %.1f ms", total(), outcomes,
                mostSteps, 100 * mostOfBudget, slowestCpu / 1e6, slowest, slowestWall / 1e6);
    }
}
