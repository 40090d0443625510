package vn.somohinh.render;

/** The two ways {@link Fingerprint} finds a view's digest again: the same object, or an equal record. */
final class ViewKey {
    private ViewKey() {
    }

    /**
     * A record as a key by value, its hash taken once: a record's hashCode walks every component, and the key is
     * looked up and then stored. Equal records are written as the same JSON: views are records of records, strings,
     * numbers, enums and lists (no maps, whose order would count in the JSON and not in equals).
     */
    static final class Value {
        private final Object record;
        private final int hash;

        Value(Object record) {
            this.record = record;
            this.hash = record.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value other && other.hash == hash && (other.record == record
                    || other.record.getClass() == record.getClass() && other.record.equals(record));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A view as a key by identity: records are compared by value, which would walk the whole view each time. */
    record Identity(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
