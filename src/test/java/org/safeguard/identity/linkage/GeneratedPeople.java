package org.safeguard.identity.linkage;

import org.safeguard.demo.LinkageSamples;

/**
 * The demo generator's people as linkage records (with who is who), and a model trained on them without
 * the truth: made once for all the tests that need them.
 */
final class GeneratedPeople {

    static final int PEOPLE = 20_000;
    private static LinkageSamples.Sample sample;
    private static LinkageModel model;

    private GeneratedPeople() {
    }

    static synchronized LinkageSamples.Sample sample() {
        if (sample == null) {
            sample = LinkageSamples.generate(PEOPLE, 7);
        }
        return sample;
    }

    static synchronized LinkageModel model() {
        if (model == null) {
            model = LinkageModel.train(sample().records(), 7);
        }
        return model;
    }
}
