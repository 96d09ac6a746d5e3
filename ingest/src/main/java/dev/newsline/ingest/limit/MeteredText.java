package dev.newsline.ingest.limit;

/**
 * Text that charges a {@link StepBudget} for every character read: the regex engine reads its input only through
 * {@link #charAt}, so this counts its work, backtracking included. Results (groups, split parts) are cut from the
 * unmetered text.
 */
final class MeteredText implements CharSequence {

    private final CharSequence text;
    private final StepBudget budget;
    private final String step;

    MeteredText(CharSequence text, StepBudget budget, String step) {
        this.text = text;
        this.budget = budget;
        this.step = step;
    }

    @Override
    public char charAt(int index) {
        budget.spend(step);
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
