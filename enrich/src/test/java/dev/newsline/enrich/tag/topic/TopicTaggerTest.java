package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

    private static final TopicTagger TAGGER = new TopicTagger();

    static TaggingInput input(String language, String title, String body) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return new TaggingInput(title, body, n.normalize(title), n.normalize(body), language);
    }

    static List<TopicTag> tag(String language, String title, String body) {
        return TAGGER.tag(input(language, title, body));
    }

    static List<String> slugs(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::slug).toList();
    }

    static List<String> primary(List<TopicTag> tags) {
        return tags.stream().filter(t -> t.primary() && t.parent() == null).map(TopicTag::slug).toList();
    }

    static Optional<TopicTag> find(List<TopicTag> tags, String slug) {
        return tags.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    @Test
    void englishElectionIsPolitics() {
        List<TopicTag> tags = tag("en", "Opposition wins parliamentary election",
                "Voters went to the polls on Sunday and the ruling party conceded defeat in the election.");
        assertThat(primary(tags)).containsExactly("politics");
        assertThat(slugs(tags)).contains("elections");
        TopicTag politics = find(tags, "politics").orElseThrow();
        assertThat(politics.code()).isEqualTo("medtop:11000000");
        assertThat(find(tags, "elections").orElseThrow().parent()).isEqualTo("politics");
    }
}
