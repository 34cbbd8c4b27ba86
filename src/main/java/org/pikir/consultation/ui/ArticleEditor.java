package org.pikir.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.pikir.consultation.ArticleForm;

/**
 * Editable list of articles: number, chapter and heading and text in kk/ru/en. Used to fix an imported split
 * before saving and to edit articles for a new version; the hidden ref keeps an article's identity.
 */
class ArticleEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    ArticleEditor() {
        addClassName("consultation-article-editor");
        list.setId("article-editor");
        Button add = new Button(getTranslation("consultation.editor.addArticle"), e -> addRow(empty()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-article");
        add(list, add);
    }

    void setArticles(List<ArticleForm> articles) {
        rows.clear();
        list.removeAll();
        articles.forEach(this::addRow);
    }

    List<ArticleForm> articles() {
        return rows.stream().map(Row::form).toList();
    }

    int size() {
        return rows.size();
    }

    private static ArticleForm empty() {
        return new ArticleForm(null, "", null, null, null, null, null, null, null, null, null);
    }

    private void addRow(ArticleForm form) {
        Row row = new Row(form, rows.size());
        rows.add(row);
        list.add(row.box);
    }

    private final class Row {
        final String ref;
        final Div box = new Div();
        final TextField number = new TextField();
        final TextField chapterKk = new TextField();
        final TextField chapterRu = new TextField();
        final TextField headingKk = new TextField();
        final TextField headingRu = new TextField();
        final TextField headingEn = new TextField();
        final TextArea textKk = new TextArea();
        final TextArea textRu = new TextArea();
        final TextArea textEn = new TextArea();
        final String chapterEn;

        Row(ArticleForm f, int index) {
            this.ref = f.ref();
            this.chapterEn = f.chapterEn();
            box.addClassName("consultation-article-row");
            number.setLabel(getTranslation("consultation.editor.number"));
            number.setWidth("8em");
            chapterKk.setLabel(getTranslation("consultation.editor.chapterKk"));
            chapterRu.setLabel(getTranslation("consultation.editor.chapterRu"));
            headingKk.setLabel(getTranslation("consultation.editor.headingKk"));
            headingRu.setLabel(getTranslation("consultation.editor.headingRu"));
            headingEn.setLabel(getTranslation("consultation.editor.headingEn"));
            textKk.setLabel(getTranslation("consultation.editor.textKk"));
            textRu.setLabel(getTranslation("consultation.editor.textRu"));
            textEn.setLabel(getTranslation("consultation.editor.textEn"));
            set(number, f.number());
            set(chapterKk, f.chapterKk());
            set(chapterRu, f.chapterRu());
            set(headingKk, f.headingKk());
            set(headingRu, f.headingRu());
            set(headingEn, f.headingEn());
            set(textKk, f.textKk());
            set(textRu, f.textRu());
            set(textEn, f.textEn());
            textKk.setId("article-text-kk-" + index);
            textRu.setId("article-text-ru-" + index);
            textEn.setId("article-text-en-" + index);
            number.setId("article-number-" + index);
            for (TextArea area : List.of(textKk, textRu, textEn)) {
                area.setWidthFull();
                area.setMaxHeight("16em");
            }
            Button remove = new Button(getTranslation("consultation.editor.removeArticle"), e -> {
                rows.remove(this);
                list.remove(box);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Span status = new Span(ref == null ? getTranslation("consultation.editor.newArticle") : "");
            status.addClassName("pikir-muted");
            Div head = new Div(number, headingKk, headingRu, headingEn, remove, status);
            head.addClassName("consultation-filters");
            Div chapters = new Div(chapterKk, chapterRu);
            chapters.addClassName("consultation-filters");
            box.add(head, chapters, textKk, textRu, textEn);
        }

        ArticleForm form() {
            return new ArticleForm(
                    ref,
                    number.getValue(),
                    chapterKk.getValue(),
                    chapterRu.getValue(),
                    chapterEn,
                    headingKk.getValue(),
                    headingRu.getValue(),
                    headingEn.getValue(),
                    textKk.getValue(),
                    textRu.getValue(),
                    textEn.getValue());
        }

        private static void set(com.vaadin.flow.component.HasValue<?, String> field, String value) {
            field.setValue(value == null ? "" : value);
        }
    }
}
