package dev.newsline.sink.bench;

/** CPU time of the threads that share one name once their numbers and ids are folded (e.g. {@code …-StreamThread-#}). */
public record ThreadCpu(String threads, long cpuMillis) {
}
