package org.safeguard.demo.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names for synthetic people: common UK given names and surnames weighted so the most common are
 * drawn most often (as Smith is), a long tail of made-up but English-sounding surnames (so a rare
 * surname is rare, which record linkage relies on), and the short forms people use for themselves.
 */
final class NameBank {

    private static final List<String> FEMALE = List.of(
            "Olivia", "Amelia", "Isla", "Emily", "Sophia", "Jessica", "Charlotte", "Rebecca", "Samantha",
            "Elizabeth", "Katherine", "Catherine", "Margaret", "Jennifer", "Victoria", "Alexandra", "Susan",
            "Deborah", "Patricia", "Christine", "Jacqueline", "Nicola", "Amanda", "Abigail", "Eleanor",
            "Josephine", "Natalie", "Stephanie", "Danielle", "Joanne", "Kimberley", "Caroline", "Louise",
            "Sarah", "Laura", "Emma", "Claire", "Hannah", "Lucy", "Chloe", "Megan", "Lauren", "Amy", "Zoe",
            "Kelly", "Leanne", "Gemma", "Hayley", "Kirsty", "Aisha", "Fatima", "Priya", "Amira", "Maryam",
            "Chantelle", "Shannon", "Jade", "Stacey", "Tracey", "Julie", "Karen", "Angela", "Helen", "Paula",
            "Agnieszka", "Olena", "Ioana", "Grace", "Ruby", "Poppy", "Freya", "Ava", "Mia", "Ella", "Lily",
            "Niamh", "Siobhan", "Bethany", "Teresa", "Yasmin", "Nadia");

    private static final List<String> MALE = List.of(
            "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charles", "Thomas", "William", "James",
            "Jonathan", "John", "Robert", "Richard", "Michael", "Christopher", "Daniel", "Matthew", "Anthony",
            "Andrew", "Joseph", "David", "Stephen", "Edward", "Alexander", "Benjamin", "Samuel", "Nicholas",
            "Timothy", "Peter", "Henry", "Patrick", "Gregory", "Kenneth", "Mark", "Paul", "Gary", "Darren",
            "Lee", "Craig", "Wayne", "Dean", "Jason", "Carl", "Adam", "Liam", "Connor", "Kyle", "Ryan", "Jordan",
            "Callum", "Mohammed", "Ahmed", "Imran", "Tariq", "Hassan", "Arjun", "Rajesh", "Tomasz", "Piotr",
            "Andrei", "Kwame", "Tyrone", "Dylan", "Ethan", "Lewis", "Aaron", "Scott", "Martin", "Neil", "Ian",
            "Keith", "Shaun", "Jamie", "Luke", "Joshua", "Reece", "Brandon", "Declan", "Sean");

    private static final List<String> COMMON_SURNAMES = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
            "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James",
            "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
            "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
            "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
            "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
            "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
            "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
            "Kowalski", "Nowak", "Ahmed", "Okafor", "Mensah", "Popescu", "Smyth", "Smithson", "Johnston", "Macdonald");

    private static final List<String> TAIL_STARTS = List.of(
            "Ash", "Black", "Brad", "Brook", "Bur", "Cald", "Carr", "Chad", "Cole", "Crom", "Dal", "Dun", "Earn",
            "Ful", "Gar", "Gold", "Hal", "Hart", "Hay", "Hol", "Hump", "Ing", "Kel", "Kings", "Lang", "Lind", "Lock",
            "Mar", "Mel", "Mid", "Mor", "Nor", "Oak", "Pen", "Pick", "Rad", "Red", "Ros", "Rush", "Sal", "Shel",
            "Stan", "Stock", "Sut", "Tam", "Thorn", "Tre", "Up", "Wal", "War", "Wex", "Whit", "Wick", "Win", "Wol",
            "Yar", "Fen", "Brom", "Crat", "Dray");

    private static final List<String> TAIL_ENDS = List.of(
            "worth", "ley", "ton", "field", "more", "wood", "ford", "by", "well", "combe", "hurst", "stead",
            "lake", "bridge", "cott", "ham", "den", "wick", "thorpe", "burn", "dale", "gate", "shaw", "land",
            "win", "ridge", "low", "borough", "croft", "mer", "ing", "lins", "ett", "all", "er", "ock", "an",
            "ery", "et", "am");

    /** Short forms and nicknames by formal name, both directions usable for variants. */
    static final Map<String, List<String>> SHORT_FORMS = Map.ofEntries(
            Map.entry("Jonathan", List.of("Jon", "Jonny")), Map.entry("John", List.of("Jack", "Johnny")),
            Map.entry("William", List.of("Will", "Bill", "Billy")), Map.entry("Robert", List.of("Rob", "Bob", "Bobby")),
            Map.entry("Richard", List.of("Rich", "Ricky", "Dick")), Map.entry("Michael", List.of("Mike", "Mick")),
            Map.entry("James", List.of("Jim", "Jimmy", "Jamie")), Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("Christopher", List.of("Chris", "Kit")), Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Matthew", List.of("Matt")), Map.entry("Anthony", List.of("Tony", "Ant")),
            Map.entry("Andrew", List.of("Andy", "Drew")), Map.entry("Joseph", List.of("Joe", "Joey")),
            Map.entry("David", List.of("Dave", "Davey")), Map.entry("Stephen", List.of("Steve", "Stevie")),
            Map.entry("Edward", List.of("Ed", "Eddie", "Ted")), Map.entry("Alexander", List.of("Alex", "Sandy")),
            Map.entry("Benjamin", List.of("Ben", "Benny")), Map.entry("Samuel", List.of("Sam", "Sammy")),
            Map.entry("Nicholas", List.of("Nick", "Nicky")), Map.entry("Timothy", List.of("Tim")),
            Map.entry("Peter", List.of("Pete")), Map.entry("Charles", List.of("Charlie", "Chas")),
            Map.entry("Henry", List.of("Harry", "Hal")), Map.entry("Patrick", List.of("Pat", "Paddy")),
            Map.entry("Gregory", List.of("Greg")), Map.entry("Kenneth", List.of("Ken", "Kenny")),
            Map.entry("Jacob", List.of("Jake")), Map.entry("Joshua", List.of("Josh")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Lizzie", "Betty")),
            Map.entry("Katherine", List.of("Kate", "Kathy", "Katie")), Map.entry("Catherine", List.of("Cath", "Kate", "Cathy")),
            Map.entry("Margaret", List.of("Maggie", "Meg", "Peggy")), Map.entry("Jennifer", List.of("Jen", "Jenny")),
            Map.entry("Rebecca", List.of("Becky", "Becca")), Map.entry("Victoria", List.of("Vicky", "Tori")),
            Map.entry("Samantha", List.of("Sam", "Sammy")), Map.entry("Alexandra", List.of("Alex", "Lexi")),
            Map.entry("Charlotte", List.of("Lottie", "Charlie")), Map.entry("Susan", List.of("Sue", "Susie")),
            Map.entry("Deborah", List.of("Debbie", "Deb")), Map.entry("Patricia", List.of("Pat", "Trish")),
            Map.entry("Christine", List.of("Chris", "Tina")), Map.entry("Jacqueline", List.of("Jackie")),
            Map.entry("Nicola", List.of("Nicky", "Nic")), Map.entry("Amanda", List.of("Mandy")),
            Map.entry("Abigail", List.of("Abby", "Gail")), Map.entry("Eleanor", List.of("Ellie", "Nell")),
            Map.entry("Josephine", List.of("Jo", "Josie")), Map.entry("Natalie", List.of("Nat")),
            Map.entry("Stephanie", List.of("Steph")), Map.entry("Danielle", List.of("Dani")),
            Map.entry("Joanne", List.of("Jo")), Map.entry("Kimberley", List.of("Kim")),
            Map.entry("Caroline", List.of("Caz", "Carrie")), Map.entry("Louise", List.of("Lou")),
            Map.entry("Jessica", List.of("Jess")), Map.entry("Emily", List.of("Em")),
            Map.entry("Sophia", List.of("Sophie")), Map.entry("Teresa", List.of("Tess", "Terri")));

    private static final double[] COMMON_SURNAME_WEIGHTS = cumulativeZipf(COMMON_SURNAMES.size());

    private NameBank() {
    }

    static String givenName(SplittableRandom random, boolean female) {
        List<String> names = female ? FEMALE : MALE;
        // Square the draw so names early in the list come up more often, as popular names do.
        double u = random.nextDouble();
        return names.get((int) (u * u * names.size()));
    }

    /** 45% from the common surnames (Zipf-weighted), the rest from a long tail of rarer ones. */
    static String surname(SplittableRandom random) {
        if (random.nextDouble() < 0.45) {
            double u = random.nextDouble();
            for (int i = 0; i < COMMON_SURNAME_WEIGHTS.length; i++) {
                if (u <= COMMON_SURNAME_WEIGHTS[i]) {
                    return COMMON_SURNAMES.get(i);
                }
            }
            return COMMON_SURNAMES.get(COMMON_SURNAMES.size() - 1);
        }
        return TAIL_STARTS.get(random.nextInt(TAIL_STARTS.size())) + TAIL_ENDS.get(random.nextInt(TAIL_ENDS.size()));
    }

    static String shortFormOf(String givenName, SplittableRandom random) {
        List<String> forms = SHORT_FORMS.get(givenName);
        return forms == null ? null : forms.get(random.nextInt(forms.size()));
    }

    private static double[] cumulativeZipf(int size) {
        double[] weights = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1.0 / Math.pow(i + 1, 0.9);
            weights[i] = total;
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= total;
        }
        return weights;
    }
}
