package dev.deployer.update;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text order in which runs of digits compare by value: {@code 1.9 < 1.10},
 * {@code build-99 < build-100}, {@code 2024.01.15 < 2024.02.01}. Other characters compare by code
 * point.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Matcher x = RUN.matcher(a);
        Matcher y = RUN.matcher(b);
        while (x.find()) {
            if (!y.find()) {
                return 1;
            }
            int c = compareRuns(x.group(), y.group());
            if (c != 0) {
                return c;
            }
        }
        return y.find() ? -1 : 0;
    }

    private static int compareRuns(String a, String b) {
        boolean digitsA = Character.isDigit(a.charAt(0));
        boolean digitsB = Character.isDigit(b.charAt(0));
        if (digitsA && digitsB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }
}
