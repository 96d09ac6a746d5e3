package dev.newsline.sink.replay;

/**
 * {@code --max-rate}: at most {@code rate} articles a second on average, with bursts of at most a tenth of a
 * second's worth, so that a backfill leaves the brokers and the pipeline room for live feeds.
 */
public final class TokenBucket implements RateLimit {

    private final double rate;
    private final double capacity;
    private final Ticker ticker;
    private double tokens;
    private long last;

    /** @param rate articles per second, more than 0 */
    public TokenBucket(double rate, Ticker ticker) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be more than 0, got " + rate);
        }
        this.rate = rate;
        this.capacity = Math.max(1, rate / 10);
        this.ticker = ticker;
        this.tokens = 1;
        this.last = ticker.nanoTime();
    }

    /** Takes one token, waiting until there is one. */
    @Override
    public void acquire() throws InterruptedException {
        refill();
        if (tokens < 1) {
            ticker.sleepNanos((long) Math.ceil((1 - tokens) / rate * 1e9));
            refill();
        }
        tokens -= 1;
    }

    private void refill() {
        long now = ticker.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
        last = now;
    }
}
