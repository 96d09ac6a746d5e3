package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up the rules that fire into topic scores: a title occurrence weighs {@value #TITLE_FACTOR} body
 * occurrences, repeats in the body count up to {@value #BODY_CAP} times, second-level scores also count for
 * their parent. A topic is tagged from {@link #TAG_THRESHOLD}; it is primary from {@link #PRIMARY_THRESHOLD}
 * when it also reaches {@link #PRIMARY_SHARE} of the best top-level score; at most {@value #MAX_PRIMARY}
 * top-level topics are primary (long commentaries touch everything; readers route on the main few).
 */
final class TopicScorer {

    static final double TITLE_FACTOR = 3;
    static final int BODY_CAP = 3;
    static final double TAG_THRESHOLD = 3;
    static final double PRIMARY_THRESHOLD = 6;
    static final double PRIMARY_SHARE = 0.33;
    static final int MAX_PRIMARY = 3;
    private static final int MAX_MENTIONS = 20;

    private final TopicTaxonomy taxonomy;

    TopicScorer(TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<TopicTag> score(LanguageRules rules, List<LanguageRules.Occurrence> occurrences) {
        BitSet present = new BitSet();
        Map<Integer, List<Mention>> byTerm = new HashMap<>();
        for (LanguageRules.Occurrence o : occurrences) {
            present.set(o.termId());
            byTerm.computeIfAbsent(o.termId(), k -> new ArrayList<>()).add(o.mention());
        }
        Map<String, Double> scores = new HashMap<>();
        Map<String, Set<Mention>> evidence = new HashMap<>();
        for (LanguageRules.CompiledRule r : rules.rules()) {
            if (!fires(r, present)) {
                continue;
            }
            List<Mention> mentions = outermost(r, byTerm);
            long title = mentions.stream().filter(m -> m.field().equals("title")).count();
            long body = mentions.size() - title;
            double s = r.rule().weight() * (TITLE_FACTOR * Math.min(title, 2) + Math.min(body, BODY_CAP));
            String topic = r.rule().topic();
            scores.merge(topic, s, Double::sum);
            evidence.computeIfAbsent(topic, k -> new LinkedHashSet<>()).addAll(mentions);
            String parent = taxonomy.bySlug(topic).orElseThrow().parent();
            if (parent != null) {
                // A second-level topic is evidence for its subject too.
                scores.merge(parent, s, Double::sum);
                evidence.computeIfAbsent(parent, k -> new LinkedHashSet<>()).addAll(mentions);
            }
        }
        double best = scores.entrySet().stream()
                .filter(e -> taxonomy.bySlug(e.getKey()).orElseThrow().topLevel())
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        List<TopicTag> tags = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double score = e.getValue();
            if (score < TAG_THRESHOLD) {
                continue;
            }
            TopicTaxonomy.Topic t = taxonomy.bySlug(e.getKey()).orElseThrow();
            double reference = t.topLevel() ? best : scores.getOrDefault(t.parent(), 0.0);
            boolean primary = score >= PRIMARY_THRESHOLD && score >= PRIMARY_SHARE * reference
                    && (t.topLevel() || scores.getOrDefault(t.parent(), 0.0) >= PRIMARY_SHARE * best);
            List<Mention> mentions = evidence.get(e.getKey()).stream()
                    .sorted(Comparator.comparing((Mention m) -> !m.field().equals("title")).thenComparingInt(Mention::start))
                    .limit(MAX_MENTIONS).toList();
            tags.add(new TopicTag(t.code(), t.slug(), t.name(), t.parent(), Math.round(score * 100) / 100.0,
                    primary, mentions));
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::slug));
        return capPrimary(tags);
    }

    /** Keeps the primary flag on the best {@value #MAX_PRIMARY} subjects and on second-level topics under them. */
    private static List<TopicTag> capPrimary(List<TopicTag> sorted) {
        Set<String> kept = new HashSet<>();
        for (TopicTag t : sorted) {
            if (t.primary() && t.parent() == null && kept.size() < MAX_PRIMARY) {
                kept.add(t.slug());
            }
        }
        List<TopicTag> out = new ArrayList<>(sorted.size());
        for (TopicTag t : sorted) {
            boolean primary = t.primary() && kept.contains(t.parent() == null ? t.slug() : t.parent());
            out.add(primary == t.primary() ? t
                    : new TopicTag(t.code(), t.slug(), t.name(), t.parent(), t.score(), false, t.mentions()));
        }
        return List.copyOf(out);
    }

    private static boolean fires(LanguageRules.CompiledRule r, BitSet present) {
        if (!any(r.terms(), present)) {
            return false;
        }
        for (int[] group : r.allOf()) {
            if (!any(group, present)) {
                return false;
            }
        }
        return !any(r.noneOf(), present);
    }

    private static boolean any(int[] ids, BitSet present) {
        for (int id : ids) {
            if (present.get(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rule's mentions, longest first, without those inside a longer mention of the same rule ("conflict" in
     * "armed conflict") and without repeats of one span.
     */
    private static List<Mention> outermost(LanguageRules.CompiledRule r, Map<Integer, List<Mention>> byTerm) {
        List<Mention> all = new ArrayList<>();
        for (int id : r.terms()) {
            all.addAll(byTerm.getOrDefault(id, List.of()));
        }
        all.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()));
        boolean[] inside = NestedMentions.insideAnother(all);
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!inside[i]) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }
}
