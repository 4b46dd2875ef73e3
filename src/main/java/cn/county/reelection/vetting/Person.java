package cn.county.reelection.vetting;

import java.time.LocalDate;

/** A delegate candidate or a nominee as the township enters them (CONTRACT.md "A person"). */
public record Person(
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        Education education,
        Category category,
        Post post) {

    /** The same person with the name as it is kept: without the spaces around it. */
    public Person trimmed() {
        return new Person(name.trim(), gender, birthDate, ethnicity, education, category, post);
    }

    public Person withPost(Post newPost) {
        return new Person(name, gender, birthDate, ethnicity, education, category, newPost);
    }

    public enum Gender {
        M,
        F
    }

    public enum Education {
        HIGH_SCHOOL,
        COLLEGE,
        BACHELOR,
        POSTGRADUATE
    }

    public enum Category {
        FRONTLINE,
        PROFESSIONAL,
        CADRE,
        OTHER
    }

    /** R5 posts of the committee and the discipline committee. */
    public enum Post {
        SECRETARY,
        DEPUTY_SECRETARY,
        CONGRESS_CHAIR,
        DEPUTY_HEAD,
        ARMED_FORCES,
        ORGANISATION,
        PROPAGANDA,
        DISCIPLINE,
        COMMITTEE_SECRETARY,
        DISCIPLINE_SECRETARY,
        DISCIPLINE_DEPUTY,
        DISCIPLINE_MEMBER
    }
}
