package org.tilmash.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tilmash.content.ArticleText;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.InputText;

/** What the article editor posts; kept whole on validation errors and conflicts so nothing typed is lost. */
public class ArticleForm {

    @NotBlank
    @Size(max = 300)
    private String title = "";

    @Size(max = 4000)
    private String intro = "";

    @Size(max = 500000)
    private String body = "";

    @Size(max = 120)
    private String slug = "";

    @Size(max = 200)
    private String byline = "";

    /** The version the editor loaded; null for a version that does not exist yet. */
    private Long expectedVersion;

    /** The revision the editor started from, to tell on a conflict who changed what; null for a new version. */
    private Long baseRevision;

    static ArticleForm of(VersionView version) {
        ArticleForm form = new ArticleForm();
        ArticleText text = version.working().text();
        form.title = text.title();
        form.intro = text.intro();
        form.body = text.body();
        form.slug = version.slug();
        form.byline = text.byline();
        form.expectedVersion = version.version();
        form.baseRevision = version.working().id();
        return form;
    }

    /** Whether anything typed holds a NUL, which is refused with the form shown again as typed. */
    boolean hasNul() {
        return InputText.hasNul(title)
                || InputText.hasNul(intro)
                || InputText.hasNul(body)
                || InputText.hasNul(slug)
                || InputText.hasNul(byline);
    }

    ArticleText text() {
        return new ArticleText(title, intro, body, byline);
    }

    /** The form holding {@code text} instead of what was typed, e.g. a merged text that lost another race. */
    ArticleForm with(ArticleText text) {
        ArticleForm form = new ArticleForm();
        form.setTitle(text.title());
        form.setIntro(text.intro());
        form.setBody(text.body());
        form.setByline(text.byline() == null ? byline : text.byline());
        form.slug = slug;
        form.expectedVersion = expectedVersion;
        form.baseRevision = baseRevision;
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro == null ? "" : intro;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? "" : slug;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline == null ? "" : byline;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    public Long getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Long baseRevision) {
        this.baseRevision = baseRevision;
    }
}
