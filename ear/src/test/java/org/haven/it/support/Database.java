package org.haven.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the test server's database directly, to check what the API claims it stored. */
public final class Database {

  private Database() {}

  /** Rows of a query as column-to-value maps; parameters bind in order. */
  public static List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("haven.it.jdbc.url"),
                System.getProperty("haven.it.jdbc.user"),
                "");
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
            row.put(rs.getMetaData().getColumnLabel(col), rs.getObject(col));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
