package dev.newsline.sink.bench;

import java.util.List;

/** The records to send to the input topic (JSON article values, in order) and what they are. */
public record GeneratedInput(List<byte[]> values, InputMix mix) {
}
